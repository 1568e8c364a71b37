using DeviceFlow.Core.Display;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Testing;

namespace DeviceFlow.Screens.Tests;

/// <summary>The lifecycle's states on the panel, and how they hand over from a pairing's ending.</summary>
public class DeviceScreenLifecycleTests
{
    private readonly RecordingDisplay _display = new();
    private readonly DeviceScreen _screen;

    public DeviceScreenLifecycleTests() => _screen = new DeviceScreen(_display);

    [Fact]
    public void Ready_at_boot_blanks_and_switches_the_panel_off()
    {
        _screen.Changed(Status(LifecyclePhase.Booting));
        _screen.Changed(Status(LifecyclePhase.Ready));
        Assert.All(_display.Last, b => Assert.Equal(0, b));
        Assert.Equal(new[] { false }, _display.PowerChanges);
    }

    [Fact]
    public void The_paired_confirmation_stays_until_the_app_blanks_it()
    {
        PairingState authorized = ScreenKit.Polled(ScreenKit.ShowingCode(OAuthJson.DeviceAuthorization()), OAuthJson.Tokens());
        _screen.Changed(Status(LifecyclePhase.Pairing));
        _screen.Changed(authorized, 6_000);
        byte[] paired = _display.Last;
        _screen.Changed(Status(LifecyclePhase.Ready));
        Assert.Same(paired, _display.Last);
        Assert.Empty(_display.PowerChanges);
        _screen.ShowPairedIdle();
        Assert.Equal(new[] { false }, _display.PowerChanges);
    }

    [Fact]
    public void A_pairing_ending_stays_when_the_lifecycle_waits_for_a_press()
    {
        PairingState denied = ScreenKit.Polled(ScreenKit.ShowingCode(OAuthJson.DeviceAuthorization()), OAuthJson.Error("access_denied"));
        _screen.Changed(denied, 6_000);
        int frames = _display.Frames.Count;
        _screen.Changed(new LifecycleStatus(LifecyclePhase.WaitingForPress, denied.Reason, StorageResult.Ok));
        Assert.Equal(frames, _display.Frames.Count);
        _screen.Changed(new LifecycleStatus(LifecyclePhase.WaitingForPress, "reset", StorageResult.Ok));
        Assert.Equal(frames + 1, _display.Frames.Count);
    }

    [Fact]
    public void A_full_flash_is_shown_instead_of_blanking()
    {
        _screen.Changed(new LifecycleStatus(LifecyclePhase.Ready, null, StorageResult.Full));
        Frame frame = ShowCodeScreenTests.FrameOf(_display.Last);
        Assert.Equal("STORAGE FULL", FrameText.Read(frame, Font.Large, (Frame.Width - Font.Large.Width(12)) / 2, 0, 12));
        Assert.Empty(_display.PowerChanges);
    }

    [Fact]
    public void Not_paired_after_a_reset_says_so_and_asks_for_a_press()
    {
        _screen.Changed(new LifecycleStatus(LifecyclePhase.WaitingForPress, "reset", StorageResult.Ok));
        Frame frame = ShowCodeScreenTests.FrameOf(_display.Last);
        Assert.Equal("The account link was", FrameText.Read(frame, Font.Small, (Frame.Width - Font.Small.Width(20)) / 2, 18, 20));
        frame.InvertRect(0, 56, Frame.Width, 8);
        Assert.Equal("Press to pair", FrameText.Read(frame, Font.Small, (Frame.Width - Font.Small.Width(13)) / 2, 56, 13));
    }

    private static LifecycleStatus Status(LifecyclePhase phase) => new(phase, null, StorageResult.Ok);
}
