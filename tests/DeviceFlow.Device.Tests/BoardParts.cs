using System.Collections.Generic;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Device.Tests;

/// <summary>Deep sleep that only records how long the board would sleep; the wake cause is the test's.</summary>
internal sealed class Sleeper : IPower
{
    public List<int> Sleeps { get; } = new();

    public WakeCause WakeCause { get; set; } = WakeCause.Timer;

    public void DeepSleep(int seconds) => Sleeps.Add(seconds);
}

/// <summary>A network that is always there.</summary>
internal sealed class AlwaysUp : IWifiLink
{
    public bool IsUp => true;

    public string? LastProblem => null;

    public bool TryConnect(int timeoutMilliseconds) => true;
}
