using System.Linq;
using System.Threading.Tasks;
using DeviceFlow.Core.Display;
using DeviceFlow.Core.Firmware;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Readings;
using DeviceFlow.Testing;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>
/// The board's own composition root (<see cref="DeviceFirmware"/>, what Program.cs runs) on the PC's adapters,
/// against the DevServer over real HTTPS: a board's life as a maker lives it, with the server's counters as proof.
/// </summary>
public sealed class FirmwareEndToEndTests
{
    [Fact]
    public async Task First_boot_pairs_goes_dark_posts_two_readings_then_a_reboot_skips_pairing_and_a_long_press_revokes()
    {
        await using TestBench bench = await TestBench.StartAsync();
        var oled = new OledRecorder();
        var user = new ScriptedUser(bench.Server, UserAction.Approve);
        DeviceFirmware firstBoot = bench.Board(user, new IdleButton(bench.Clock), oled).Firmware;

        string? halted = await Task.Run(() => firstBoot.Run(2));

        Assert.Null(halted);
        PairingState shown = user.States.First(s => s.Phase == PairingPhase.ShowingCode);
        Assert.Contains("enter " + shown.UserCode, bench.Log.All);
        Assert.True(Assert.Single(user.Outcomes).Approved);
        Assert.Equal(PairingPhase.Authorized, user.States[^1].Phase);
        Assert.True(oled.IsDark, "the PAIRED screen should have gone dark after oled.paired_screen_seconds");
        Assert.Equal([ReadingOutcome.Accepted, ReadingOutcome.Accepted], user.Readings.Select(r => r.Outcome));
        Assert.Equal(2, bench.Server.Counters.ReadingsAccepted);
        string refreshToken = bench.StoredTokens()!.RefreshToken;

        var rebooted = new ScriptedUser(bench.Server, UserAction.Nothing);
        var rebootedOled = new OledRecorder();
        DeviceFirmware reboot = bench.Board(rebooted, new IdleButton(bench.Clock, ButtonPress.Long), rebootedOled).Firmware;

        // After the long press the board waits for a press to pair again: the scripted user has none left.
        await Assert.ThrowsAsync<NoMorePressesException>(() => Task.Run(() => reboot.Run(2)));

        Assert.Empty(rebooted.States);
        Assert.Equal(1, bench.Server.Counters.DeviceCodesIssued);
        Assert.Equal(3, bench.Server.Counters.ReadingsAccepted);
        Assert.Null(bench.StoredTokens());
        Assert.Equal(TokenAnswerKind.Rejected, bench.Protocol().Refresh(refreshToken).Kind);
        Assert.Equal(LifecyclePhase.WaitingForPress, rebooted.Statuses[^1].Phase);
        Assert.Equal(OledRecorder.Expected((screens, frame) => screens.NotPaired(frame, "reset")), rebootedOled.LastFrame);
        Assert.True(rebootedOled.IsOn);
        Assert.DoesNotContain(refreshToken, bench.Log.All);
    }

    [Fact]
    public async Task A_root_ca_file_that_is_not_pem_halts_on_a_screen_naming_the_file()
    {
        await using TestBench bench = await TestBench.StartAsync();
        var oled = new OledRecorder();
        var user = new ScriptedUser(bench.Server, UserAction.Approve);
        DeviceFirmware firmware = bench.Board(user, new IdleButton(bench.Clock), oled).Firmware;
        DeviceFlow.Host.PcBoard.Upload(bench.FlashFolder, "ca.pem", "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");

        string? halted = await Task.Run(() => firmware.Run(1));

        Assert.Equal("ROOT CA: I:\\ca.pem: not a PEM certificate", halted);
        Assert.Equal(OledRecorder.Expected((screens, frame) => screens.Message(frame, "ROOT CA", "I:\\ca.pem: not a PEM certificate", "Fix the PEM file")), oled.LastFrame);
        Assert.Equal(0, bench.Server.Counters.DeviceCodesIssued);
    }
}
