using System.Collections.Generic;
using DeviceFlow.Core.Device;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Tokens;
using DeviceFlow.Testing;

namespace DeviceFlow.Device.Tests;

/// <summary>The post-pairing loop in virtual time: pair on a press, read, then idle or deep-sleep.</summary>
public class SensorLoopTests
{
    private readonly VirtualTime _time = new();
    private readonly RecordingLog _log = new();
    private readonly ScriptedTransport _server;
    private readonly MemoryStorage _flash = new();
    private readonly Readings _task = new();
    private readonly Sleeper _power = new();

    public SensorLoopTests()
    {
        _server = new ScriptedTransport(_time, roundTripMs: 200);
    }

    private sealed class Readings : ISensorTask
    {
        public List<AccessTokenResult> Seen { get; } = new();

        public bool RefuseFirst { get; set; }

        public bool Run(AccessTokenResult token)
        {
            Seen.Add(token);
            return !(RefuseFirst && Seen.Count == 1);
        }
    }

    private sealed class Quiet : ILinkObserver, ILifecycleObserver
    {
        public void Connecting(int attempt)
        {
        }

        public void Failed(int attempt, string problem, int retryInMs)
        {
        }

        public void Changed(LifecycleStatus status)
        {
        }
    }

    private SensorLoop Loop(IButton button, bool deepSleep)
    {
        var client = new ClientConfig { ClientId = "sensor", Scope = "openid offline_access", DeviceAuthorizationUrl = "https://id.example/device", TokenUrl = "https://id.example/token" };
        var protocol = new DeviceFlowProtocol(client, _server);
        var pairing = new PairingRunner(protocol, _time, _time, _log, new RecordingObserver());
        var lifecycle = new DeviceLifecycle(client, protocol, pairing, _flash, _time, _time, button, new SystemRandomSource(1), _log, new Quiet(), new LifecycleSettings());
        lifecycle.Start();
        var link = new LinkKeeper(new AlwaysUp(), _time, _log, new Quiet());
        return new SensorLoop(lifecycle, link, button, _power, _task, _log, 60, deepSleep);
    }

    /// <summary>One round as the firmware runs it: a reading, then the wait until the next.</summary>
    private static void Round(SensorLoop loop)
    {
        loop.TakeReading();
        loop.Idle();
    }

    private void PairingAnswers()
    {
        _server.ThenJson(200, OAuthJson.DeviceAuthorization(interval: 5)).ThenJson(200, OAuthJson.Tokens());
    }

    [Fact]
    public void An_unpaired_board_pairs_on_a_press_then_reads_with_a_token()
    {
        PairingAnswers();
        Round(Loop(new ScriptedButton(ButtonPress.Short, ButtonPress.None), deepSleep: false));

        AccessTokenResult token = Assert.Single(_task.Seen);
        Assert.Equal(AccessTokenStatus.Ok, token.Status);
        Assert.NotNull(token.AccessToken);
        Assert.Empty(_power.Sleeps);
    }

    [Fact]
    public void With_deep_sleep_the_board_sleeps_the_interval_after_a_reading()
    {
        PairingAnswers();
        Round(Loop(new ScriptedButton(ButtonPress.Short), deepSleep: true));

        Assert.Single(_task.Seen);
        Assert.Equal(new[] { 60 }, _power.Sleeps);
    }

    [Fact]
    public void After_a_power_on_the_first_interval_is_spent_awake_listening_for_the_button()
    {
        PairingAnswers();
        _power.WakeCause = WakeCause.PowerOn;
        var button = new ScriptedButton(ButtonPress.Short, ButtonPress.None);
        SensorLoop loop = Loop(button, deepSleep: true);
        Round(loop);
        Assert.Empty(_power.Sleeps);
        Assert.Equal(2, button.Waits);

        Round(loop);
        Assert.Equal(new[] { 60 }, _power.Sleeps);
    }

    [Fact]
    public void Without_deep_sleep_the_board_waits_for_the_button_one_interval()
    {
        PairingAnswers();
        var button = new ScriptedButton(ButtonPress.Short, ButtonPress.None, ButtonPress.None);
        SensorLoop loop = Loop(button, deepSleep: false);
        Round(loop);
        Round(loop);

        Assert.Equal(2, _task.Seen.Count);
        Assert.Equal(3, button.Waits);
        Assert.Empty(_power.Sleeps);
    }

    [Fact]
    public void A_refused_token_is_refreshed_once_and_the_reading_retried()
    {
        PairingAnswers();
        _server.ThenJson(200, OAuthJson.Tokens());
        _task.RefuseFirst = true;
        Round(Loop(new ScriptedButton(ButtonPress.Short, ButtonPress.None), deepSleep: false));

        Assert.Equal(2, _task.Seen.Count);
        Assert.Contains(_server.Sent, s => s.Form().TryGetValue("grant_type", out string? grant) && grant == "refresh_token");
    }
}
