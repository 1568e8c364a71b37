using System.Threading.Tasks;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Tokens;
using DeviceFlow.Host;
using DeviceFlow.Testing;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>After pairing, through the core's lifecycle and token store: readings, refresh with rotation, reboot, reset.</summary>
public sealed class TokenLifecycleEndToEndTests
{
    [Fact]
    public async Task A_reading_with_the_access_token_is_accepted_by_the_protected_api_and_a_forged_token_is_not()
    {
        await using TestBench bench = await TestBench.StartAsync();
        SensorDevice device = await PairedDeviceAsync(bench);

        Assert.Equal(ReadingOutcome.Accepted, PostOneReading(bench, device));
        HttpResult forged = bench.Transport.Send(new HttpRequest("POST", bench.Server.ReadingsEndpoint.ToString(), "application/json", "{}", "Bearer not-a-token", 1024));

        Assert.Equal(401, forged.StatusCode);
        Assert.Equal(1, bench.Server.Counters.ReadingsAccepted);
    }

    [Fact]
    public async Task A_401_refreshes_once_rotating_the_refresh_token_in_flash_and_replaying_the_spent_one_revokes_the_family()
    {
        await using TestBench bench = await TestBench.StartAsync();
        SensorDevice device = await PairedDeviceAsync(bench);
        TokenSet before = bench.StoredTokens()!;

        AccessTokenResult refreshed = device.Lifecycle.Tokens.ReportUnauthorized(before.AccessToken);

        Assert.Equal(AccessTokenStatus.Ok, refreshed.Status);
        TokenSet after = bench.StoredTokens()!;
        Assert.NotEqual(before.RefreshToken, after.RefreshToken);
        Assert.Equal(refreshed.AccessToken, after.AccessToken);
        Assert.Equal(ReadingOutcome.Accepted, PostOneReading(bench, device));

        // RFC 9700 §4.14.2: reuse of a rotated refresh token means it leaked, so the server revokes its successors
        // too; the device's next refresh is refused and it must pair again.
        TokenAnswer replay = bench.Protocol().Refresh(before.RefreshToken);
        Assert.Equal(TokenAnswerKind.Rejected, replay.Kind);
        Assert.Equal("invalid_grant", replay.Reason);
        Assert.Equal(TokenAnswerKind.Rejected, bench.Protocol().Refresh(after.RefreshToken).Kind);
        Assert.Equal(3, bench.Server.Counters.RefreshRequests);
    }

    [Fact]
    public async Task A_reboot_with_tokens_in_flash_skips_pairing_and_posts_at_once()
    {
        await using TestBench bench = await TestBench.StartAsync();
        await PairedDeviceAsync(bench);

        var noPresses = new ScriptedButton(ButtonPress.None);
        SensorDevice rebooted = bench.Device(new RecordingObserver(), noPresses);

        Assert.Equal(LifecyclePhase.Ready, rebooted.Boot());
        Assert.Equal(0, noPresses.Waits);
        Assert.Equal(1, bench.Server.Counters.DeviceCodesIssued);
        Assert.Equal(ReadingOutcome.Accepted, PostOneReading(bench, rebooted));
    }

    [Fact]
    public async Task A_long_press_revokes_the_refresh_token_wipes_flash_and_the_next_boot_waits_for_the_button()
    {
        await using TestBench bench = await TestBench.StartAsync();
        SensorDevice device = await PairedDeviceAsync(bench);
        string revoked = bench.StoredTokens()!.RefreshToken;

        device.Lifecycle.HandlePress(ButtonPress.Long);

        Assert.Null(bench.StoredTokens());
        Assert.Equal(TokenAnswerKind.Rejected, bench.Protocol().Refresh(revoked).Kind);
        var screen = new LifecycleRecorder();
        Assert.Throws<NoMorePressesException>(() => bench.Device(new RecordingObserver(), new ScriptedButton(), screen).Boot());
        Assert.Equal(LifecyclePhase.WaitingForPress, screen.Statuses[^1].Phase);
    }

    /// <summary>One round of the firmware's sensor loop posting to the DevServer's API; the button stays untouched.</summary>
    private static ReadingOutcome PostOneReading(TestBench bench, SensorDevice device)
    {
        var poster = new ReadingPoster(bench.Transport, bench.Server.ReadingsEndpoint.ToString(), () => "{\"celsius\":21.5}", (_, _) => { });
        device.Loop(poster, intervalSeconds: 0).RunOnce();
        return Assert.Single(poster.Outcomes);
    }

    private static Task<SensorDevice> PairedDeviceAsync(TestBench bench)
    {
        return Task.Run(() =>
        {
            SensorDevice device = bench.Device(new ScriptedUser(bench.Server, UserAction.Approve), new ScriptedButton(ButtonPress.Short, ButtonPress.None));
            Assert.Equal(LifecyclePhase.WaitingForPress, device.Boot());
            Assert.Equal(LifecyclePhase.Ready, device.Lifecycle.Phase);
            return device;
        });
    }
}
