using System.Collections.Generic;
using DeviceFlow.Core.Firmware;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Readings;
using DeviceFlow.Host;
using DeviceFlow.Testing;

namespace DeviceFlow.Device.Tests;

/// <summary>
/// A board in virtual time for <see cref="DeviceFirmware"/>: files on its "I:\", a scripted authorization server
/// (200 ms a round trip), a recorded panel, a scripted button, flash in memory, and what it was asked to open.
/// </summary>
internal sealed class FakeBoard : IBoard
{
    public FakeBoard(params ButtonPress[] presses)
    {
        Server = new ScriptedTransport(Time, roundTripMs: 200);
        Button = new IdleButton(Time, presses);
    }

    public VirtualTime Time { get; } = new();

    public ScriptedTransport Server { get; }

    public IdleButton Button { get; }

    public OledRecorder Panel { get; } = new();

    public RecordingLog Recorded { get; } = new();

    public RecordingRunObserver Watcher { get; } = new();

    public Dictionary<string, string> Files { get; } = new();

    public Sleeper Sleeper { get; } = new() { WakeCause = WakeCause.PowerOn };

    /// <summary>What OpenTransport reports, as a driver would for a PEM it cannot read.</summary>
    public string? TransportProblem { get; set; }

    /// <summary>The root CA the firmware handed to OpenTransport.</summary>
    public string? OpenedWithPem { get; private set; }

    public ILog Log => Recorded;

    public IClock Clock => Time;

    public IWaiter Waiter => Time;

    public IPower Power => Sleeper;

    public IRandomSource Random { get; } = new SystemRandomSource(7);

    public IStorage Storage { get; } = new MemoryStorage();

    public IReadingSource Sensor { get; } = new NoSensor();

    public IRunObserver Observer => Watcher;

    public string? ReadFile(string path) => Files.TryGetValue(path, out string? text) ? text : null;

    public IDisplay OpenDisplay(int sdaPin, int sclPin, int address, out string? problem)
    {
        problem = null;
        return Panel;
    }

    public IButton OpenButton(int pin, int longPressMs, out string? problem)
    {
        problem = null;
        return Button;
    }

    public IWifiLink OpenWifi(string ssid, string password) => new AlwaysUp();

    public IHttpTransport? OpenTransport(string? rootCaPem, int timeoutSeconds, out string? problem)
    {
        OpenedWithPem = rootCaPem;
        problem = TransportProblem;
        return problem is null ? Server : null;
    }

    private sealed class NoSensor : IReadingSource
    {
        public void Measure(Reading reading)
        {
        }
    }
}
