using System;
using System.Threading.Tasks;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Host;
using DeviceFlow.Testing;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>After pairing: readings with the access token, refresh with rotation, reboot, reset.</summary>
public sealed class TokenLifecycleEndToEndTests
{
    [Fact]
    public async Task A_reading_with_the_access_token_is_accepted_by_the_protected_api_and_a_forged_token_is_not()
    {
        await using TestBench bench = await TestBench.StartAsync();
        SensorDevice device = await PairedDeviceAsync(bench);

        Assert.Equal(ReadingOutcome.Accepted, device.PostReading(bench.Server.ReadingsEndpoint.ToString(), "{\"celsius\":21.5}"));
        HttpResult forged = bench.Transport.Send(new HttpRequest("POST", bench.Server.ReadingsEndpoint.ToString(), "application/json", "{}", "Bearer not-a-token", 1024));

        Assert.Equal(401, forged.StatusCode);
        Assert.Equal(1, bench.Server.Counters.ReadingsAccepted);
    }

    [Fact]
    public async Task Refresh_rotates_the_refresh_token_and_replaying_the_spent_one_revokes_the_whole_family()
    {
        await using TestBench bench = await TestBench.StartAsync();
        SensorDevice device = await PairedDeviceAsync(bench);
        string spent = device.Tokens!.RefreshToken!;

        Assert.True(device.Refresh());
        Assert.NotEqual(spent, device.Tokens!.RefreshToken);
        Assert.Equal(device.Tokens.RefreshToken, new TokenFile(new FileStorage(bench.FlashFolder)).Load()!.RefreshToken);

        TokenAnswer replay = bench.Protocol().Refresh(spent);
        Assert.Equal(TokenAnswerKind.Rejected, replay.Kind);
        Assert.Equal("invalid_grant", replay.Reason);

        // RFC 9700 §4.14.2: reuse of a rotated refresh token means it leaked, so the server revokes its successors
        // too; the device then wipes its tokens and must pair again.
        Assert.False(device.Refresh());
        Assert.Null(device.Tokens);
        Assert.Null(new TokenFile(new FileStorage(bench.FlashFolder)).Load());
        Assert.Equal(3, bench.Server.Counters.RefreshRequests);
    }

    [Fact]
    public async Task A_reboot_with_tokens_in_flash_skips_pairing_and_posts_at_once()
    {
        await using TestBench bench = await TestBench.StartAsync();
        await PairedDeviceAsync(bench);

        var noPresses = new ScriptedButton();
        SensorDevice rebooted = bench.Device(new RecordingObserver());
        PairingState? pairing = rebooted.Boot(noPresses);

        Assert.Null(pairing);
        Assert.True(rebooted.ResumedFromFlash);
        Assert.Equal(0, noPresses.Waits);
        Assert.Equal(1, bench.Server.Counters.DeviceCodesIssued);
        Assert.Equal(ReadingOutcome.Accepted, rebooted.PostReading(bench.Server.ReadingsEndpoint.ToString(), "{\"celsius\":19}"));
    }

    [Fact]
    public async Task Reset_revokes_the_refresh_token_wipes_flash_and_the_next_boot_waits_for_the_button()
    {
        await using TestBench bench = await TestBench.StartAsync();
        SensorDevice device = await PairedDeviceAsync(bench);
        string revoked = device.Tokens!.RefreshToken!;

        device.Reset(bench.Server.RevocationEndpoint.ToString());

        Assert.Null(new TokenFile(new FileStorage(bench.FlashFolder)).Load());
        Assert.Equal(TokenAnswerKind.Rejected, bench.Protocol().Refresh(revoked).Kind);
        var observer = new RecordingObserver();
        Assert.Throws<NoMorePressesException>(() => bench.Device(observer).Boot(new ScriptedButton()));
        Assert.Equal(PairingPhase.Idle, Assert.Single(observer.States).Phase);
    }

    private static Task<SensorDevice> PairedDeviceAsync(TestBench bench)
    {
        return Task.Run(() =>
        {
            SensorDevice device = bench.Device(new ScriptedUser(bench.Server, UserAction.Approve));
            Assert.Equal(PairingPhase.Authorized, device.Boot(new ScriptedButton(ButtonPress.Short))!.Phase);
            return device;
        });
    }
}
