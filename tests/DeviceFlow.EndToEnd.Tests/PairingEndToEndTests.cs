using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Tokens;
using DeviceFlow.DevServer;
using DeviceFlow.Host;
using DeviceFlow.Testing;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>
/// Pairing against the DevServer over HTTPS. Besides the device's end state, each test asserts what the
/// server saw: how many token requests the code got and that none came before the interval (RFC 8628 §3.5).
/// </summary>
public sealed class PairingEndToEndTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Approved_in_the_browser_the_device_gets_tokens_at_its_first_poll_and_keeps_them_in_flash()
    {
        await using TestBench bench = await TestBench.StartAsync();
        var user = new ScriptedUser(bench.Server, UserAction.Approve);

        Assert.Null(await Task.Run(() => bench.Board(user, new IdleButton(bench.Clock), new OledRecorder()).Firmware.Run(1)));

        Assert.Equal(LifecyclePhase.Ready, user.Statuses[^1].Phase);
        Assert.Equal(PairingPhase.Authorized, user.States[^1].Phase);
        Assert.True(user.Outcomes[0].Approved);
        IReadOnlyList<TimeSpan> polls = bench.Server.Counters.PollTimesFor(user.UserCode!);
        Assert.Single(polls);
        Assert.True(polls[0] >= Interval, "first poll " + polls[0] + " came before the interval");
        Assert.Equal(1, bench.Server.Counters.DeviceCodesIssued);
        TokenSet stored = bench.StoredTokens()!;
        Assert.DoesNotContain(stored.AccessToken, bench.Log.All);
        Assert.DoesNotContain(stored.RefreshToken, bench.Log.All);
    }

    [Fact]
    public async Task Denied_in_the_browser_the_device_stops_at_access_denied_after_one_poll()
    {
        await using TestBench bench = await TestBench.StartAsync();
        var oled = new OledRecorder();
        var user = new ScriptedUser(bench.Server, UserAction.Deny, oled.Screen);

        PairingState ended = bench.Runner(user).Pair();

        Assert.Equal(OledRecorder.Expected((screens, frame) => screens.Message(frame, "DENIED", "Access was denied on the other device", "Press to start again")), oled.LastFrame);
        Assert.True(user.Outcomes[0].Denied);
        Assert.Equal(PairingPhase.Denied, ended.Phase);
        Assert.Equal("access_denied", ended.Reason);
        Assert.Equal(1, bench.Server.Counters.TokenRequestsFor(user.UserCode!));
    }

    [Fact]
    public async Task Nobody_approves_and_the_device_gives_up_at_its_own_deadline_without_polling_past_it()
    {
        // 4 s lifetime, 2 s interval: one poll at ~2 s (pending), the next would fall after the deadline.
        await using TestBench bench = await TestBench.StartAsync(o =>
        {
            o.IntervalSeconds = 2;
            o.CodeLifetime = TimeSpan.FromSeconds(4);
        });
        var oled = new OledRecorder();
        var user = new ScriptedUser(bench.Server, UserAction.Nothing, oled.Screen);

        PairingState ended = bench.Runner(user).Pair();

        Assert.Equal(OledRecorder.Expected((screens, frame) => screens.Message(frame, "EXPIRED", "The code expired before anyone entered it", "Press for a new code")), oled.LastFrame);
        Assert.Equal(PairingPhase.Expired, ended.Phase);
        Assert.Equal(1, bench.Server.Counters.TokenRequestsFor(user.UserCode!));
        Assert.Equal("code expired", ended.Reason);
    }

    [Fact]
    public async Task Forced_slow_down_adds_five_seconds_before_the_next_poll_which_then_gets_the_tokens()
    {
        await using TestBench bench = await TestBench.StartAsync(o => o.PollScript = PollScripts.First(1, PollVerdict.SlowDown));
        var user = new ScriptedUser(bench.Server, UserAction.Approve);

        PairingState ended = bench.Runner(user).Pair();

        Assert.Equal(PairingPhase.Authorized, ended.Phase);
        IReadOnlyList<TimeSpan> polls = bench.Server.Counters.PollTimesFor(user.UserCode!);
        Assert.Equal(2, polls.Count);
        Assert.True(polls[1] - polls[0] >= Interval + TimeSpan.FromSeconds(5), "second poll only " + (polls[1] - polls[0]) + " after a slow_down");
        Assert.Contains(user.States, s => s.Trouble == PairingTrouble.SlowedDown && s.IntervalMs == 6000);
    }

    [Fact]
    public async Task A_dropped_connection_backs_off_to_twice_the_interval_then_pairing_completes()
    {
        await using TestBench bench = await TestBench.StartAsync(o => o.PollScript = PollScripts.First(1, PollVerdict.Drop));
        var user = new ScriptedUser(bench.Server, UserAction.Approve);

        PairingState ended = bench.Runner(user).Pair();

        Assert.Equal(PairingPhase.Authorized, ended.Phase);
        IReadOnlyList<TimeSpan> polls = bench.Server.Counters.PollTimesFor(user.UserCode!);
        Assert.Equal(2, polls.Count);
        Assert.True(polls[1] - polls[0] >= 2 * Interval, "retried " + (polls[1] - polls[0]) + " after a dropped connection");
        Assert.Contains(user.States, s => s.Trouble == PairingTrouble.Network);
    }

    [Fact]
    public async Task A_429_with_retry_after_counts_as_slow_down_and_its_retry_after_stretches_that_one_wait()
    {
        await using TestBench bench = await TestBench.StartAsync(o => o.PollScript = PollScripts.First(1, PollVerdict.Throttle));
        var user = new ScriptedUser(bench.Server, UserAction.Approve);

        PairingState ended = bench.Runner(user).Pair();

        Assert.Equal(PairingPhase.Authorized, ended.Phase);
        IReadOnlyList<TimeSpan> polls = bench.Server.Counters.PollTimesFor(user.UserCode!);
        Assert.Equal(2, polls.Count);
        Assert.True(polls[1] - polls[0] >= TimeSpan.FromSeconds(8), "retried " + (polls[1] - polls[0]) + " after Retry-After: 8");
        Assert.Contains(user.States, s => s.Trouble == PairingTrouble.SlowedDown && s.IntervalMs == 6000);
    }
}
