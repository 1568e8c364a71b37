using System.Collections.Generic;
using DeviceFlow.Core.Display;
using DeviceFlow.Core.Firmware;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Testing;

namespace DeviceFlow.Device.Tests;

/// <summary>The PAIRED confirmation, then a dark panel (RFC 8628 §5.5), in virtual time.</summary>
public class PanelTimeoutTests
{
    private readonly VirtualTime _time = new();
    private readonly TimedPanel _panel;
    private readonly Sleeper _power = new();

    public PanelTimeoutTests()
    {
        _panel = new TimedPanel(_time);
    }

    /// <summary>The panel's power switches with the virtual time they happened at.</summary>
    private sealed class TimedPanel(VirtualTime time) : IDisplay
    {
        public List<(long AtMs, bool On)> Switches { get; } = new();

        public void Show(byte[] frame)
        {
        }

        public void SetPower(bool on) => Switches.Add((time.MonotonicMilliseconds, on));
    }

    private PanelTimeout Timeout(IButton button, int seconds) => new(new DeviceScreen(_panel), _time, button, _power, seconds);

    private static PairingState Authorized()
    {
        var code = new DeviceAuthorizationAnswer(DeviceAuthorization.FromFields(Parse(OAuthJson.DeviceAuthorization(interval: 5)), out _), null, null);
        PairingState showing = PairingMachine.Step(PairingMachine.Step(PairingState.Idle, PairingEvent.StartRequested(), 0), PairingEvent.CodeAnswered(code, 0), 0);
        var tokens = new TokenAnswer(TokenAnswerKind.Tokens, TokenResponse.FromFields(Parse(OAuthJson.Tokens()), out _), null, null, 0, -1);
        return PairingMachine.Step(showing, PairingEvent.PollAnswered(tokens, 0), 0);
    }

    private static DeviceFlow.Core.Json.JsonTree Parse(string json) => DeviceFlow.Core.Json.JsonTree.Parse(json, out _)!;

    [Fact]
    public void The_paired_screen_stays_the_configured_seconds_then_goes_dark_while_the_board_listens()
    {
        PanelTimeout panel = Timeout(new IdleButton(_time), seconds: 3);
        panel.Changed(Authorized(), _time.MonotonicMilliseconds);
        panel.Changed(new LifecycleStatus(LifecyclePhase.Ready, null, StorageResult.Ok));

        Assert.Equal(ButtonPress.None, panel.WaitForPress(60_000));

        Assert.Equal([(3000L, false)], _panel.Switches);
        Assert.Equal(60_000, _time.MonotonicMilliseconds);
    }

    [Fact]
    public void A_wait_shorter_than_the_confirmation_leaves_it_lit_and_the_next_wait_darkens_it_on_time()
    {
        PanelTimeout panel = Timeout(new IdleButton(_time), seconds: 10);
        panel.Changed(Authorized(), _time.MonotonicMilliseconds);

        panel.WaitForPress(4000);
        Assert.Empty(_panel.Switches);
        panel.WaitForPress(60_000);

        Assert.Equal([(10_000L, false)], _panel.Switches);
    }

    [Fact]
    public void A_refresh_trouble_after_pairing_stays_on_the_panel()
    {
        PanelTimeout panel = Timeout(new IdleButton(_time), seconds: 3);
        panel.Changed(Authorized(), 0);
        panel.Changed(new LifecycleStatus(LifecyclePhase.Ready, "refresh failed: timeout", StorageResult.Ok));

        panel.WaitForPress(60_000);

        Assert.DoesNotContain(_panel.Switches, s => !s.On);
    }

    [Fact]
    public void Deep_sleep_never_leaves_the_confirmation_lit()
    {
        PanelTimeout panel = Timeout(new IdleButton(_time), seconds: 10);
        panel.Changed(Authorized(), 0);

        panel.DeepSleep(60);

        Assert.Equal([(0L, false)], _panel.Switches);
        Assert.Equal([60], _power.Sleeps);
    }

    [Fact]
    public void A_press_during_the_confirmation_is_returned_at_once()
    {
        PanelTimeout panel = Timeout(new IdleButton(_time, ButtonPress.Long), seconds: 10);
        panel.Changed(Authorized(), 0);

        Assert.Equal(ButtonPress.Long, panel.WaitForPress(60_000));
        Assert.Equal(0, _time.MonotonicMilliseconds);
    }
}
