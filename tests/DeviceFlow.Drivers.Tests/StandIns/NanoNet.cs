using System;
using System.Collections.Generic;
using System.Linq;
using DeviceFlow.Testing;

namespace DeviceFlow.Drivers.Https;

/// <summary>
/// The board's network as the stand-ins see it, per test thread: virtual time, the managed timers armed on it,
/// and what the server does for the next request (<see cref="Exchange"/>). Time only moves when the fake
/// library "waits", and timers fire in between, as managed threads run while nanoCLR waits in WaitEvents.
/// </summary>
public sealed class NanoNet
{
    [ThreadStatic]
    private static NanoNet _current;

    private readonly List<Timer> _timers = new();

    public static NanoNet Current => _current ??= new NanoNet();

    public VirtualTime Time { get; } = new();

    public Exchange Next { get; set; } = new();

    /// <summary>Body bytes the fake library took off the network for the last response.</summary>
    public int BodyBytesPulled { get; set; }

    /// <summary>Every request the fake library received, in order.</summary>
    public List<string> Requests { get; } = new();

    public static void Reset() => _current = new NanoNet();

    /// <summary>
    /// What a TLS read throws when another thread closed its socket: SslNative ReadWriteHelper finds the handle
    /// disposed and throws SocketException with CLR_E_OBJECT_DISPOSED as the code (SslNative.cpp L287-290,
    /// nf_errors_exceptions.h L86).
    /// </summary>
    public static SocketException SocketClosedUnderRead() => new(unchecked((int)0x99000000));

    internal void Arm(Timer timer) => _timers.Add(timer);

    internal void Disarm(Timer timer) => _timers.Remove(timer);

    /// <summary>Time passes while a managed thread waits: due timers fire at their due time.</summary>
    public void Wait(long milliseconds)
    {
        long end = Time.MonotonicMilliseconds + milliseconds;
        while (true)
        {
            Timer due = _timers.Where(t => t.DueAt <= end).OrderBy(t => t.DueAt).FirstOrDefault();
            if (due is null)
            {
                break;
            }

            if (due.DueAt > Time.MonotonicMilliseconds)
            {
                Time.Advance(due.DueAt - Time.MonotonicMilliseconds);
            }

            _timers.Remove(due);
            due.Fire();
        }

        Time.Advance(end - Time.MonotonicMilliseconds);
    }

    /// <summary>
    /// Time passes inside a blocking native call: nanoCLR runs one interpreter thread, so no managed code (no
    /// timer callback) runs until the call returns (ssl_connect_internal.cpp L49-68: blocking handshake loop).
    /// </summary>
    public void Block(long milliseconds)
    {
        Time.Advance(milliseconds);
        Wait(0);
    }
}
