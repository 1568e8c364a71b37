using System.Linq;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Tokens;
using DeviceFlow.Testing;

namespace DeviceFlow.Tokens.Tests;

/// <summary>The boot policy, the button, the storage health and the jitter, through the device's lifecycle.</summary>
public class LifecycleTests
{
    [Fact]
    public void Stored_valid_tokens_mean_no_pairing_and_no_request_at_boot()
    {
        var device = new TestDevice();
        device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);

        Assert.Equal(LifecyclePhase.Ready, device.Reboot().Start());
        Assert.Empty(device.Server.Sent);
        Assert.Equal(0, device.Time.Waits);
    }

    [Fact]
    public void Nothing_stored_means_waiting_for_a_press_without_any_request()
    {
        var device = new TestDevice();

        Assert.Equal(LifecyclePhase.WaitingForPress, device.Lifecycle.Start());
        Assert.Empty(device.Server.Sent);
        Assert.Equal(AccessTokenStatus.NotPaired, device.Tokens.Get().Status);
    }

    [Fact]
    public void A_short_press_pairs_and_the_tokens_survive_a_reboot()
    {
        var device = new TestDevice();
        device.Lifecycle.Start();
        device.PairingAnswers();
        device.Button = new ScriptedButton(ButtonPress.Short);

        device.Lifecycle.EnsurePaired();

        Assert.Equal(LifecyclePhase.Ready, device.Lifecycle.Phase);
        Assert.Equal(LifecyclePhase.Ready, device.Reboot().Start());
        Assert.Equal(OAuthJson.AccessToken, device.Tokens.Get().AccessToken);
        Assert.Equal(2, device.Server.Sent.Count);
    }

    [Fact]
    public void Pairing_starts_only_on_a_button_press()
    {
        var device = new TestDevice();
        device.Lifecycle.Start();

        // The scripted user never presses: the device waits, and no request leaves it (RFC 8628 §3.5).
        Assert.Throws<NoMorePressesException>(() => device.Lifecycle.EnsurePaired());
        Assert.Empty(device.Server.Sent);
        Assert.Equal(LifecyclePhase.WaitingForPress, device.Lifecycle.Phase);
    }

    [Fact]
    public void The_user_can_start_again_from_every_terminal_state()
    {
        var device = new TestDevice();
        device.Server
            .ThenJson(200, OAuthJson.DeviceAuthorization()).ThenJson(400, OAuthJson.Error("access_denied"))
            .ThenJson(200, OAuthJson.DeviceAuthorization()).ThenJson(400, OAuthJson.Error("expired_token"))
            .ThenJson(200, OAuthJson.DeviceAuthorization()).ThenJson(400, OAuthJson.Error("invalid_client"))
            .Then(HttpResult.Failure(TransportOutcome.ConnectionFailed, "dns"))
            .ThenJson(200, OAuthJson.DeviceAuthorization()).ThenJson(200, OAuthJson.Tokens());
        device.Button = new ScriptedButton(ButtonPress.Short, ButtonPress.None, ButtonPress.Short, ButtonPress.Short, ButtonPress.Short, ButtonPress.Short);
        device.Lifecycle.Start();

        device.Lifecycle.EnsurePaired();

        Assert.Equal(LifecyclePhase.Ready, device.Lifecycle.Phase);
        var endings = device.Pairings.States.Where(s => s.IsTerminal).Select(s => s.Phase).ToArray();
        Assert.Equal(new[] { PairingPhase.Denied, PairingPhase.Expired, PairingPhase.Failed, PairingPhase.Failed, PairingPhase.Authorized }, endings);
    }

    [Fact]
    public void The_first_boot_pairs_at_once_when_configured_but_only_once()
    {
        var device = new TestDevice(pairOnFirstBoot: true);
        device.Server.ThenJson(200, OAuthJson.DeviceAuthorization()).ThenJson(400, OAuthJson.Error("access_denied"));

        Assert.Equal(LifecyclePhase.WaitingForPress, device.Lifecycle.Start());
        Assert.Equal(2, device.Server.Sent.Count);

        Assert.Equal(LifecyclePhase.WaitingForPress, device.Reboot().Start());
        Assert.Equal(2, device.Server.Sent.Count);
    }

    [Theory]
    [InlineData(StorageResult.Failed)]
    [InlineData(StorageResult.Full)]
    public void A_first_boot_marker_that_cannot_be_written_means_waiting_for_a_press(StorageResult failure)
    {
        // RFC 8628 §3.5: without the marker every boot would pair without a press; so the board waits for one.
        var device = new TestDevice(pairOnFirstBoot: true);
        device.Flash.WriteResult = failure;
        device.PairingAnswers();

        Assert.Equal(LifecyclePhase.WaitingForPress, device.Lifecycle.Start());
        Assert.Equal(LifecyclePhase.WaitingForPress, device.Reboot().Start());

        Assert.Empty(device.Server.Sent);
        Assert.Contains(device.Log.Lines, line => line.Contains("first-boot marker could not be written"));
    }

    [Fact]
    public void A_first_boot_pairing_jitters_its_first_poll_but_a_pressed_one_does_not()
    {
        var fleetBoard = new TestDevice(pairOnFirstBoot: true, jitterMs: 500);
        fleetBoard.PairingAnswers();
        fleetBoard.Lifecycle.Start();

        // 100 ms round trip, then one 5 s interval plus 500/1000 of another.
        Assert.Equal(100 + 5000 + 2500, fleetBoard.Server.Sent[1].SentAtMs - fleetBoard.Server.Sent[0].SentAtMs);
        Assert.Contains(1000, fleetBoard.Random.Bounds);

        var pressedBoard = new TestDevice(jitterMs: 500);
        pressedBoard.PairingAnswers();
        pressedBoard.Lifecycle.Start();
        pressedBoard.Button = new ScriptedButton(ButtonPress.Short);
        pressedBoard.Lifecycle.EnsurePaired();

        Assert.Equal(100 + 5000, pressedBoard.Server.Sent[1].SentAtMs - pressedBoard.Server.Sent[0].SentAtMs);
        Assert.Empty(pressedBoard.Random.Bounds);
    }

    [Fact]
    public void Expired_access_token_with_refresh_token_refreshes_at_boot_after_the_jitter()
    {
        var device = new TestDevice(jitterMs: 12_345);
        device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        device.Time.Advance(7200_000);
        long bootAt = device.Time.MonotonicMilliseconds;
        device.RefreshAnswers("at-2", "rt-2");

        Assert.Equal(LifecyclePhase.Ready, device.Reboot().Start());

        Assert.Equal(bootAt + 12_345, device.Server.Sent.Single().SentAtMs);
        Assert.Equal(new[] { 30_001 }, device.Random.Bounds);
        Assert.Equal("rt-2", device.StoredTokens()!.RefreshToken);
    }

    [Fact]
    public void The_boot_refresh_jitter_is_said_out_loud_in_whole_seconds_before_the_wait()
    {
        var device = new TestDevice(jitterMs: 22_001);
        device.StoreTokens("at-1", "rt-1", expiresInSeconds: 10);
        device.RefreshAnswers("at-2", "rt-2");

        device.Reboot().Start();

        LifecycleStatus said = device.Observer.Statuses.Single(s => s.Phase == LifecyclePhase.Refreshing);
        Assert.Equal("refreshing in 23 s to spread the load", said.Reason);
        Assert.Contains("refreshing in 23 s to spread the load", device.Log.All);
    }

    [Fact]
    public void Boot_jitter_stays_inside_its_window_and_spreads_a_fleet()
    {
        var random = new SystemRandomSource(seed: 42);
        var delays = new System.Collections.Generic.List<long>();
        for (int board = 0; board < 200; board++)
        {
            var device = new TestDevice(random: random);
            device.Settings.BootRefreshJitterMaxMs = 10_000;
            device.StoreTokens("at-1", "rt-1", expiresInSeconds: 10);
            device.RefreshAnswers("at-2", "rt-2");
            long bootAt = device.Time.MonotonicMilliseconds;

            device.Reboot().Start();

            delays.Add(device.Server.Sent.Single().SentAtMs - bootAt);
        }

        Assert.All(delays, delay => Assert.InRange(delay, 0, 10_000));
        Assert.True(delays.Distinct().Count() > 150, "the fleet is not spread: " + delays.Distinct().Count() + " distinct delays");
        Assert.True(delays.Max() - delays.Min() > 8_000);
    }

    [Fact]
    public void Zero_jitter_window_refreshes_at_once()
    {
        var device = new TestDevice(jitterMs: 500);
        device.Settings.BootRefreshJitterMaxMs = 0;
        device.StoreTokens("at-1", "rt-1", expiresInSeconds: 10);
        device.RefreshAnswers("at-2", null);
        long bootAt = device.Time.MonotonicMilliseconds;

        device.Reboot().Start();

        Assert.Equal(bootAt, device.Server.Sent.Single().SentAtMs);
        Assert.Empty(device.Random.Bounds);
    }

    [Fact]
    public void Clock_unknown_at_boot_refreshes_and_stores_a_boot_relative_expiry()
    {
        var device = new TestDevice();
        device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        device.RefreshAnswers("at-2", "rt-2", expiresIn: 3600);

        Assert.Equal(LifecyclePhase.Ready, device.Reboot(wallClockKnown: false).Start());

        Assert.Single(device.Server.Sent);
        Assert.Equal("at-2", device.Tokens.Get().AccessToken);
        Assert.Single(device.Server.Sent);
        var stored = device.StoredTokens()!;
        Assert.Equal(ExpiryKind.Unknowable, stored.Expiry.Kind);

        // The next boot cannot know how old that token is: it refreshes again, now with the clock known.
        device.RefreshAnswers("at-3", null, expiresIn: 3600);
        device.Reboot(wallClockKnown: true).Start();
        Assert.Equal(2, device.Server.Sent.Count);
        Assert.Equal(ExpiryKind.Utc, device.StoredTokens()!.Expiry.Kind);
    }

    [Fact]
    public void Clock_unknown_and_refresh_failing_still_serves_the_stored_token()
    {
        var device = new TestDevice();
        device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        device.Server.Then(HttpResult.Failure(TransportOutcome.ConnectionFailed, "no route"));

        Assert.Equal(LifecyclePhase.Ready, device.Reboot(wallClockKnown: false).Start());

        var result = device.Tokens.Get();
        Assert.Equal("at-1", result.AccessToken);
        Assert.Contains("cannot connect", result.Reason);
    }

    [Fact]
    public void Full_storage_is_reported_and_the_tokens_serve_this_boot_from_RAM()
    {
        var device = new TestDevice();
        device.Lifecycle.Start();
        device.Flash.WriteResult = StorageResult.Full;
        device.PairingAnswers();
        device.Button = new ScriptedButton(ButtonPress.Short);

        device.Lifecycle.EnsurePaired();

        var status = device.Observer.Statuses.Last();
        Assert.Equal(LifecyclePhase.Ready, status.Phase);
        Assert.Equal(StorageResult.Full, status.Storage);
        Assert.Equal(OAuthJson.AccessToken, device.Tokens.Get().AccessToken);
        Assert.Contains(device.Log.Lines, line => line.StartsWith("warn: ") && line.Contains("storage full"));

        device.Flash.WriteResult = StorageResult.Ok;
        Assert.Equal(LifecyclePhase.WaitingForPress, device.Reboot().Start());
    }

    [Fact]
    public void A_failed_write_is_retried_even_for_identical_tokens()
    {
        var flash = new MemoryStorage { WriteResult = StorageResult.Failed };
        var store = new TokenStore(flash, "id", new RecordingLog());
        store.Load();
        var tokens = Tokens.Set(1, 40, 40);
        Assert.Equal(StorageResult.Failed, store.Save(tokens));
        Assert.True(tokens.SameAs(store.Current));

        flash.WriteResult = StorageResult.Ok;
        Assert.Equal(StorageResult.Ok, store.Save(tokens));

        Assert.Equal(StorageResult.Ok, store.Health);
        Assert.True(tokens.SameAs(new TokenStore(flash, "id", new RecordingLog()).Load()));
    }

    [Fact]
    public void A_short_press_while_paired_retries_a_failing_refresh_at_once()
    {
        var device = new TestDevice();
        device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        device.Reboot().Start();
        device.Time.Advance(3600_000);
        device.Server.ThenJson(503, "{}", retryAfterSeconds: 600);
        Assert.Equal(AccessTokenStatus.Unavailable, device.Lifecycle.AccessToken().Status);
        device.RefreshAnswers("at-2", null);

        Assert.Equal(LifecyclePhase.Ready, device.Lifecycle.HandlePress(ButtonPress.Short));

        Assert.Equal(2, device.Server.Sent.Count);
        Assert.Equal("at-2", device.Lifecycle.AccessToken().AccessToken);
        Assert.Null(device.Observer.Statuses.Last().Reason);
    }

    [Fact]
    public void The_screen_hears_of_a_refresh_trouble_once_not_on_every_call()
    {
        var device = new TestDevice();
        device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        device.Reboot().Start();
        device.Time.Advance(3600_000);
        device.Server.Fallback = _ => HttpResult.Failure(TransportOutcome.Timeout, null);
        int before = device.Observer.Statuses.Count;

        for (int i = 0; i < 10; i++)
        {
            device.Lifecycle.AccessToken();
        }

        var heard = device.Observer.Statuses.Skip(before).ToList();
        Assert.Single(heard);
        Assert.Equal(LifecyclePhase.Ready, heard[0].Phase);
        Assert.Equal("refresh failed: timeout", heard[0].Reason);
    }

    [Fact]
    public void An_expired_token_without_a_refresh_token_is_forgotten_and_pairing_waits_for_a_press()
    {
        var device = new TestDevice();
        device.Lifecycle.Start();
        device.Server.ThenJson(200, OAuthJson.DeviceAuthorization()).ThenJson(200, OAuthJson.Tokens(expiresIn: 600, refreshToken: null));
        device.Button = new ScriptedButton(ButtonPress.Short);
        device.Lifecycle.EnsurePaired();
        device.Time.Advance(601_000);

        var result = device.Lifecycle.AccessToken();

        Assert.Equal(AccessTokenStatus.PairingNeeded, result.Status);
        Assert.Equal(LifecyclePhase.WaitingForPress, device.Lifecycle.Phase);
        Assert.False(device.Lifecycle.IsPaired);
        Assert.Null(device.StoredTokens());
        Assert.Throws<NoMorePressesException>(() => device.Lifecycle.EnsurePaired());
    }

    [Fact]
    public void A_401_through_the_lifecycle_refreshes_once()
    {
        var device = new TestDevice();
        device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        device.Reboot().Start();
        device.RefreshAnswers("at-2", "rt-2");

        var retry = device.Lifecycle.ReportUnauthorized(device.Lifecycle.AccessToken().AccessToken);

        Assert.Equal("at-2", retry.AccessToken);
        Assert.Equal(AccessTokenStatus.Refused, device.Lifecycle.ReportUnauthorized("at-2").Status);
        Assert.Single(device.Server.Sent);
    }

    [Fact]
    public void A_new_client_id_in_the_config_does_not_reuse_the_old_tokens()
    {
        var device = new TestDevice();
        device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        device.Config.ClientId = "another-firmware";

        Assert.Equal(LifecyclePhase.WaitingForPress, device.Reboot().Start());

        Assert.Equal(AccessTokenStatus.NotPaired, device.Tokens.Get().Status);
        Assert.Empty(device.Server.Sent);
        Assert.Contains(device.Log.Lines, line => line.Contains("another issuer or client"));
    }
}
