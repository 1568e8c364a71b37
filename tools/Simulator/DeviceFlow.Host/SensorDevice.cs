using System;
using DeviceFlow.Core.Device;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;

namespace DeviceFlow.Host;

/// <summary>
/// The firmware's Program.cs on the host: the core's <see cref="DeviceLifecycle"/> (boot policy, pairing,
/// token store, refresh, factory reset) and <see cref="SensorLoop"/> wired to host adapters. The PC's network
/// is up already and it never deep-sleeps.
/// </summary>
public sealed class SensorDevice
{
    private readonly IButton _button;
    private readonly IWaiter _waiter;
    private readonly ILog _log;

    public SensorDevice(ClientConfig config, IHttpTransport transport, IStorage flash, IClock clock, IWaiter waiter, IButton button, ILog log, IPairingObserver pairingScreen, ILifecycleObserver statusScreen, LifecycleSettings settings)
    {
        _button = button;
        _waiter = waiter;
        _log = log;
        var protocol = new DeviceFlowProtocol(config, transport);
        var pairing = new PairingRunner(protocol, clock, waiter, log, pairingScreen);
        Lifecycle = new DeviceLifecycle(config, protocol, pairing, flash, clock, waiter, button, new SystemRandomSource(), log, statusScreen, settings);
    }

    public DeviceLifecycle Lifecycle { get; }

    /// <summary>Power-on: the boot policy, then (if unpaired) button presses until the device holds tokens.</summary>
    public LifecyclePhase Boot()
    {
        LifecyclePhase booted = Lifecycle.Start();
        Lifecycle.EnsurePaired();
        return booted;
    }

    /// <summary>The firmware's sensor loop running <paramref name="task"/>, awake between readings (listening for the button).</summary>
    public SensorLoop Loop(ISensorTask task, int intervalSeconds)
    {
        var network = new PcNetwork();
        return new SensorLoop(Lifecycle, new LinkKeeper(network, _waiter, _log, network), _button, new PcPower(), task, _log, intervalSeconds, deepSleep: false);
    }

    /// <summary>The PC is online before the simulator starts: no attempts to make, nothing to show.</summary>
    private sealed class PcNetwork : IWifiLink, ILinkObserver
    {
        public bool IsUp => true;

        public string? LastProblem => null;

        public bool TryConnect(int timeoutMilliseconds) => true;

        public void Connecting(int attempt)
        {
        }

        public void Failed(int attempt, string problem, int retryInMs)
        {
        }
    }

    /// <summary>A PC is always a fresh power-on; the loop is built without deep sleep, so it never asks for one.</summary>
    private sealed class PcPower : IPower
    {
        public WakeCause WakeCause => WakeCause.PowerOn;

        public void DeepSleep(int seconds) => throw new NotSupportedException("the simulator stays awake between readings");
    }
}
