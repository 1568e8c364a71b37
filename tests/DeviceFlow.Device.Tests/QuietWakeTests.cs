using System.Collections.Generic;
using DeviceFlow.Core.Device;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Device.Tests;

public class QuietWakeTests
{
    private sealed class Seen : ILifecycleObserver
    {
        public List<LifecyclePhase> Phases { get; } = new();

        public void Changed(LifecycleStatus status) => Phases.Add(status.Phase);
    }

    private static List<LifecyclePhase> Through(bool quiet)
    {
        var seen = new Seen();
        var filter = new QuietWake(seen, quiet);
        foreach (LifecyclePhase phase in new[] { LifecyclePhase.Booting, LifecyclePhase.Refreshing, LifecyclePhase.Ready, LifecyclePhase.WaitingForPress, LifecyclePhase.Resetting })
        {
            filter.Changed(new LifecycleStatus(phase, null, StorageResult.Ok));
        }

        return seen.Phases;
    }

    [Fact]
    public void A_timer_wake_skips_the_boot_and_refresh_screens_only()
    {
        Assert.Equal([LifecyclePhase.Ready, LifecyclePhase.WaitingForPress, LifecyclePhase.Resetting], Through(quiet: Startup.IsQuiet(WakeCause.Timer)));
    }

    [Fact]
    public void A_power_on_shows_every_phase()
    {
        Assert.Equal(5, Through(quiet: Startup.IsQuiet(WakeCause.PowerOn)).Count);
    }
}
