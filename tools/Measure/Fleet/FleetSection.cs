using System;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Measure.Report;

namespace DeviceFlow.Measure.Fleet;

/// <summary>Table 6: requests per second at the provider when a whole fleet reboots at once.</summary>
public static class FleetSection
{
    public const int Devices = 10_000;
    public const int Seed = 8;
    public const int IntervalSeconds = 5;

    /// <summary>The firmware's default boot-time refresh jitter bound.</summary>
    public static readonly int FirmwareJitterMs = new LifecycleSettings().BootRefreshJitterMaxMs;

    /// <summary>issue #8: the peak may exceed an even spread over the window by at most 20 %.</summary>
    public static double GoalPeak(int fleet, double windowSeconds) => 1.2 * fleet / windowSeconds;

    public static Section Run()
    {
        var section = new Section(6, $"Fleet of {Devices:N0} devices rebooting at t = 0 (virtual time, requests/s at the provider)");
        var table = new MarkdownTable("scenario", "spread", "requests", "busy s", "peak/s (all)", "peak/s (refresh or poll)", "mean/s", "goal peak/s", "peak vs goal");

        Row(table, "stored tokens need refresh", "jitter off (BootRefreshJitterMaxMs = 0)", FleetSimulation.RebootWithStoredTokens(Devices, Seed, 0), FirmwareJitterMs / 1000.0, refresh: true);
        Row(table, "stored tokens need refresh", $"firmware jitter 0–{FirmwareJitterMs / 1000} s (LifecycleSettings default)", FleetSimulation.RebootWithStoredTokens(Devices, Seed, FirmwareJitterMs), FirmwareJitterMs / 1000.0, refresh: true);
        Row(table, "need pairing, realistic presses", "short press, log-normal, median 5 min", FleetSimulation.RebootNeedingPairing(Devices, Seed, RealisticPressMs, firstPollJitter: true, IntervalSeconds), double.NaN, refresh: false);
        Row(table, "need pairing, worst case", "PairOnFirstBoot: all pair at power-on, first-poll jitter off", FleetSimulation.RebootNeedingPairing(Devices, Seed, null, firstPollJitter: false, IntervalSeconds), IntervalSeconds, refresh: false);
        Row(table, "need pairing, worst case", $"PairOnFirstBoot with the firmware's first-poll jitter (0–1 interval)", FleetSimulation.RebootNeedingPairing(Devices, Seed, null, firstPollJitter: true, IntervalSeconds), IntervalSeconds, refresh: false);

        section.Tables.Add(table);
        section.Notes.Add($"Goal: peak ≤ 1.2 × fleet / spread window; the window is the refresh jitter bound for refreshes and the polling interval ({IntervalSeconds} s) for polls. The baseline is the even spread, fleet / window, from the same run's fleet size.");
        section.Notes.Add("Devices run the real core: DeviceLifecycle (boot policy, refresh jitter, AccessTokenSource refresh; pairing on first boot or on a short press through PairingRunner); every device is network-ready 3–5 s after power returns; round trips 80–400 ms, users approve 15 s + log-normal (median 30 s) after the code is shown. Seeded: every run prints the same figures.");
        section.Notes.Add("Worst case: a fleet of fresh boards with LifecycleSettings.PairOnFirstBoot all pair as soon as their network is up. Otherwise the user starts it (RFC 8628 §3.5: wait for user interaction; DeviceLifecycle.HandlePress), and the device authorization requests follow the presses.");
        return section;
    }

    /// <summary>People notice the "press to pair" screen over the following hour or so.</summary>
    public static long RealisticPressMs(Random random) => Draw.LogNormal(random, 5 * 60_000, 1.2);

    private static void Row(MarkdownTable table, string scenario, string spread, FleetProvider provider, double windowSeconds, bool refresh)
    {
        RateHistogram focus = refresh ? provider.Refreshes : provider.Polls;
        double goal = double.IsNaN(windowSeconds) ? double.NaN : GoalPeak(Devices, windowSeconds);
        table.Row(scenario, spread, provider.All.Total, provider.All.BusySeconds, provider.All.PeakPerSecond, focus.PeakPerSecond,
            Math.Round(provider.All.MeanPerSecond, 1), double.IsNaN(goal) ? "n/a" : Math.Round(goal).ToString(System.Globalization.CultureInfo.InvariantCulture),
            double.IsNaN(goal) ? "n/a" : MarkdownTable.Ratio(focus.PeakPerSecond / goal));
    }
}
