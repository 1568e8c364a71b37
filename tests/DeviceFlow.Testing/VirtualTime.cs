using System;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Testing;

/// <summary>A clock and a waiter in one: waiting advances the clock instantly, so tests never really sleep.</summary>
public sealed class VirtualTime : IClock, IWaiter
{
    private static readonly DateTime Epoch = new(2026, 11, 27, 8, 0, 0, DateTimeKind.Utc);

    public long MonotonicMilliseconds { get; private set; }

    /// <summary>False models an ESP32 before SNTP: the wall clock is unknown.</summary>
    public bool WallClockKnown { get; set; } = true;

    public int Waits { get; private set; }

    public bool TryGetUtcNow(out DateTime utcNow)
    {
        utcNow = Epoch.AddMilliseconds(MonotonicMilliseconds);
        return WallClockKnown;
    }

    public void Wait(int milliseconds)
    {
        if (milliseconds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(milliseconds));
        }

        Waits++;
        MonotonicMilliseconds += milliseconds;
    }

    public void Advance(long milliseconds) => MonotonicMilliseconds += milliseconds;
}
