using DeviceFlow.Core.Display;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Testing;

namespace DeviceFlow.Screens.Tests;

/// <summary>The observer the runner and the device wire: what reaches the panel, and when it is switched off.</summary>
public class DeviceScreenTests
{
    [Fact]
    public void Each_change_pushes_one_frame_to_the_display()
    {
        var display = new RecordingDisplay();
        var screen = new DeviceScreen(display);
        PairingState code = ScreenKit.ShowingCode(OAuthJson.DeviceAuthorization());
        screen.Changed(PairingState.Idle, 0);
        screen.Changed(code, 1_000);
        screen.Changed(ScreenKit.Polled(code, OAuthJson.Error("authorization_pending")), 6_000);
        Assert.Equal(3, display.Frames.Count);
        Assert.Empty(display.PowerChanges);
        Assert.Equal("WDJB-MJHT", ShowCodeScreenTests.ShownCodeAndUrl(ShowCodeScreenTests.FrameOf(display.Last), "WDJB-MJHT").Code);
    }

    [Fact]
    public void The_countdown_follows_the_clock()
    {
        var display = new RecordingDisplay();
        var screen = new DeviceScreen(display);
        PairingState code = ScreenKit.ShowingCode(OAuthJson.DeviceAuthorization(expiresIn: 600));
        screen.Changed(code, 0);
        Assert.Equal("10:00", FrameText.Read(ShowCodeScreenTests.FrameOf(display.Last), Font.Small, 0, 56, 5));
        screen.Changed(code, 125_500);
        Assert.Equal("7:55", FrameText.Read(ShowCodeScreenTests.FrameOf(display.Last), Font.Small, 0, 56, 4));
    }

    [Fact]
    public void Paired_idle_blanks_and_powers_off_and_the_next_screen_powers_on()
    {
        var display = new RecordingDisplay();
        var screen = new DeviceScreen(display);
        screen.ShowPairedIdle();
        Assert.All(display.Last, b => Assert.Equal(0, b));
        Assert.Equal(new[] { false }, display.PowerChanges);
        screen.ShowMessage("STORAGE FULL", null, null);
        Assert.Equal(new[] { false, true }, display.PowerChanges);
        Assert.Contains(display.Last, b => b != 0);
    }

    [Theory]
    [InlineData(null, null, "Client not accepted: check client_id/secret")]
    [InlineData("entra", null, "Entra: allow public client flows; check client_id")]
    [InlineData("entra", "AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.", "Entra: turn on Allow public client flows")]
    public void A_provider_error_shows_the_presets_hint_not_the_raw_code(string? preset, string? description, string hint)
    {
        var display = new RecordingDisplay();
        var screen = new DeviceScreen(display, preset is null ? null : Core.Providers.ProviderPresets.Find(preset));
        string extra = description is null ? null! : "\"error_description\":\"" + description + "\"";
        PairingState failed = ScreenKit.Polled(ScreenKit.ShowingCode(OAuthJson.DeviceAuthorization()), OAuthJson.Error("invalid_client", extra));
        Assert.Equal(PairingPhase.Failed, failed.Phase);

        screen.Changed(failed, 6_000);

        var expected = new Frame();
        new MessageScreens().Message(expected, "REFUSED", hint, "Press to retry");
        Assert.Equal(expected.Bytes, display.Last);
    }

    [Theory]
    [InlineData("invalid_client", "Client not accepted: check client_id/secret")]
    [InlineData("invalid_scope", "Scope refused: check scope in config.json")]
    [InlineData("token endpoint: connection refused", "token endpoint: connection refused")]
    public void A_refresh_trouble_reads_as_a_sentence_a_code_included(string reason, string words)
    {
        var display = new RecordingDisplay();
        new DeviceScreen(display, null).Changed(new LifecycleStatus(LifecyclePhase.Ready, reason, StorageResult.Ok));

        var expected = new Frame();
        new MessageScreens().PairedWithTrouble(expected, words);
        Assert.Equal(expected.Bytes, display.Last);
    }

    [Fact]
    public void Authorized_names_the_granted_scope_when_the_server_sent_one()
    {
        var display = new RecordingDisplay();
        const string tokens = "{\"access_token\":\"gho_16C7e42F\",\"token_type\":\"bearer\",\"scope\":\"read:user\"}";
        PairingState authorized = ScreenKit.Polled(ScreenKit.ShowingCode(OAuthJson.DeviceAuthorization()), tokens);
        Assert.Equal(PairingPhase.Authorized, authorized.Phase);
        new DeviceScreen(display).Changed(authorized, 6_000);
        Frame frame = ShowCodeScreenTests.FrameOf(display.Last);
        Assert.Equal("Linked with access to", FrameText.Read(frame, Font.Small, (Frame.Width - Font.Small.Width(21)) / 2, 18, 21));
        Assert.Equal("read:user", FrameText.Read(frame, Font.Small, (Frame.Width - Font.Small.Width(9)) / 2, 26, 9));
    }

    [Fact]
    public void Without_a_complete_uri_the_QR_holds_the_plain_uri()
    {
        var display = new RecordingDisplay();
        new DeviceScreen(display).Changed(ScreenKit.ShowingCode(OAuthJson.DeviceAuthorization(complete: null)), 0);
        Assert.Equal("https://example.com/device", ScreenKit.DecodeQr(display.Last));
    }

    [Fact]
    public void Wifi_connecting_shows_the_attempt_from_the_second_on()
    {
        var display = new RecordingDisplay();
        var screen = new DeviceScreen(display);
        screen.ShowWifiConnecting("lab", 1);
        Assert.Equal(Frame.ByteCount, display.Last.Length);
        Frame first = ShowCodeScreenTests.FrameOf(display.Last);
        Assert.False(first.GetPixel(0, 60));
        screen.ShowWifiConnecting("lab", 2);
        Frame second = ShowCodeScreenTests.FrameOf(display.Last);
        second.InvertRect(0, 56, Frame.Width, 8);
        Assert.Equal("try 2", FrameText.Read(second, Font.Small, (Frame.Width - Font.Small.Width(5)) / 2, 56, 5));
    }
}
