using System.Linq;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Tokens;
using DeviceFlow.Testing;

namespace DeviceFlow.Tokens.Tests;

/// <summary>Refresh (RFC 6749 §6), rotation (RFC 9700), 401 handling (RFC 6750 §3.1), in virtual time.</summary>
public class AccessTokenSourceTests
{
    private readonly TestDevice _device = new();

    [Fact]
    public void A_fresh_token_is_handed_out_without_a_request()
    {
        _device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        _device.Reboot().Start();

        var result = _device.Tokens.Get();

        Assert.Equal(AccessTokenStatus.Ok, result.Status);
        Assert.Equal("Bearer at-1", result.AuthorizationHeader);
        Assert.Empty(_device.Server.Sent);
    }

    [Fact]
    public void The_token_is_refreshed_ahead_of_expiry_within_the_skew_margin()
    {
        _device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        _device.Reboot().Start();
        _device.RefreshAnswers("at-2", null);

        _device.Time.Advance((3600 - 61) * 1000L);
        Assert.Equal("at-1", _device.Tokens.Get().AccessToken);
        _device.Time.Advance(2000);
        var result = _device.Tokens.Get();

        Assert.Equal("at-2", result.AccessToken);
        var refresh = _device.Server.Sent.Single().Form();
        Assert.Equal("refresh_token", refresh["grant_type"]);
        Assert.Equal("rt-1", refresh["refresh_token"]);
        Assert.Equal("rt-1", _device.StoredTokens()!.RefreshToken);
    }

    [Fact]
    public void A_rotated_refresh_token_is_in_flash_before_the_new_access_token_is_handed_out()
    {
        _device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        _device.Reboot().Start();
        _device.RefreshAnswers("at-2", "rt-2");
        _device.Time.Advance(3600_000);

        // Cut the power during the write of the rotated token: the new access token must never come out.
        _device.Flash.CutPowerAt(0, 20, TornWrite.Truncated);
        Assert.Throws<PowerCutException>(() => _device.Tokens.Get());
        Assert.Equal("rt-1", _device.StoredTokens()!.RefreshToken);

        // Without the cut, the rotated token is stored by the time the caller sees the new access token.
        _device.RefreshAnswers("at-3", "rt-3");
        _device.Reboot().Start();
        var result = _device.Tokens.Get();
        Assert.Equal("at-3", result.AccessToken);
        Assert.Equal("rt-3", _device.StoredTokens()!.RefreshToken);
        Assert.Equal("at-3", _device.StoredTokens()!.AccessToken);
    }

    [Fact]
    public void The_old_refresh_token_is_discarded_after_rotation()
    {
        _device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        _device.Reboot().Start();
        _device.RefreshAnswers("at-2", "rt-2", expiresIn: 3600);
        _device.Time.Advance(3600_000);
        _device.Tokens.Get();
        _device.Time.Advance(3600_000);
        _device.RefreshAnswers("at-3", null);

        _device.Tokens.Get();

        Assert.Equal("rt-2", _device.Server.Sent.Last().Form()["refresh_token"]);
        Assert.Equal("rt-2", _device.StoredTokens()!.RefreshToken);
    }

    [Fact]
    public void Invalid_grant_clears_the_tokens_and_waits_for_a_press_to_pair_again()
    {
        _device.StoreTokens("at-1", "rt-1", expiresInSeconds: 10);
        _device.Flash.Put("wifi.json", new byte[] { 1, 2, 3 });
        _device.Time.Advance(20_000);
        _device.Server.ThenJson(400, OAuthJson.Error("invalid_grant"));

        var phase = _device.Reboot().Start();

        Assert.Equal(LifecyclePhase.WaitingForPress, phase);
        Assert.Equal("sign-in expired", _device.Observer.Statuses.Last().Reason);
        Assert.Equal(AccessTokenStatus.PairingNeeded, _device.Tokens.Get().Status);
        Assert.Null(_device.StoredTokens());
        Assert.False(_device.Flash.Blobs.ContainsKey(TokenStore.SlotA) || _device.Flash.Blobs.ContainsKey(TokenStore.SlotB));
        Assert.True(_device.Flash.Blobs.ContainsKey("wifi.json"));
        Assert.Single(_device.Server.Sent);

        _device.PairingAnswers();
        _device.Button = new ScriptedButton(ButtonPress.Short);
        _device.Lifecycle.EnsurePaired();
        Assert.Equal(OAuthJson.AccessToken, _device.Tokens.Get().AccessToken);
        Assert.Equal(OAuthJson.RefreshToken, _device.StoredTokens()!.RefreshToken);
    }

    [Fact]
    public void A_401_refreshes_once_and_a_second_401_is_not_retried()
    {
        _device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        _device.Reboot().Start();
        _device.RefreshAnswers("at-2", "rt-2");

        var retry = _device.Tokens.ReportUnauthorized("at-1");
        Assert.Equal(AccessTokenStatus.Ok, retry.Status);
        Assert.Equal("at-2", retry.AccessToken);

        var again = _device.Tokens.ReportUnauthorized("at-2");
        Assert.Equal(AccessTokenStatus.Refused, again.Status);
        Assert.Single(_device.Server.Sent);
    }

    [Fact]
    public void A_401_for_a_token_already_replaced_does_not_refresh_again()
    {
        _device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        _device.Reboot().Start();
        _device.RefreshAnswers("at-2", "rt-2");
        _device.Tokens.ReportUnauthorized("at-1");

        var late = _device.Tokens.ReportUnauthorized("at-1");

        Assert.Equal("at-2", late.AccessToken);
        Assert.Single(_device.Server.Sent);
    }

    [Fact]
    public void A_refused_token_is_not_handed_out_again_while_the_refresh_fails()
    {
        _device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        _device.Reboot().Start();
        _device.Server.ThenJson(503, "{}");

        var result = _device.Tokens.ReportUnauthorized("at-1");

        Assert.Equal(AccessTokenStatus.Unavailable, result.Status);
        Assert.Null(result.AccessToken);
        Assert.Equal(AccessTokenStatus.Unavailable, _device.Tokens.Get().Status);
        Assert.Single(_device.Server.Sent);
    }

    [Fact]
    public void Transient_failures_back_off_exponentially_while_the_old_token_still_lives()
    {
        _device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        _device.Reboot().Start();
        _device.Server.Fallback = _ => HttpResult.Failure(TransportOutcome.Timeout, null);
        _device.Time.Advance((3600 - 50) * 1000L);

        for (int i = 0; i < 40; i++)
        {
            var result = _device.Tokens.Get();
            Assert.Equal("at-1", result.AccessToken);
            _device.Time.Advance(1000);
        }

        long[] gaps = _device.Server.Sent.Zip(_device.Server.Sent.Skip(1), (a, b) => b.SentAtMs - a.SentAtMs).ToArray();
        // Each wait counts from the failed answer, one 100 ms round trip after the request.
        Assert.Equal(new long[] { 5100, 10100, 20100 }, gaps);
    }

    [Fact]
    public void An_expired_token_is_withheld_until_the_refresh_works()
    {
        _device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        _device.Reboot().Start();
        _device.Time.Advance(3600_000);
        _device.Server.ThenJson(503, "{}", retryAfterSeconds: 30).ThenJson(200, "{\"access_token\":\"at-2\",\"expires_in\":60}");

        var failed = _device.Tokens.Get();
        Assert.Equal(AccessTokenStatus.Unavailable, failed.Status);
        Assert.Null(failed.AccessToken);
        Assert.Equal(_device.Time.MonotonicMilliseconds + 30_000, failed.RetryAtMs);
        Assert.Contains("HTTP 503", failed.Reason);

        _device.Time.Advance(29_000);
        Assert.Equal(AccessTokenStatus.Unavailable, _device.Tokens.Get().Status);
        _device.Time.Advance(1_000);
        Assert.Equal("at-2", _device.Tokens.Get().AccessToken);
        Assert.Equal(2, _device.Server.Sent.Count);
    }

    [Fact]
    public void The_new_expiry_counts_from_when_the_refresh_was_sent()
    {
        _device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        _device.Reboot().Start();
        _device.Server.RoundTripMs = 4000;
        _device.RefreshAnswers("at-2", null, expiresIn: 600);
        _device.Time.Advance(3600_000);
        Assert.True(_device.Time.TryGetUtcNow(out var sentAt));

        _device.Tokens.Get();

        var expiry = _device.StoredTokens()!.Expiry;
        Assert.Equal(ExpiryKind.Utc, expiry.Kind);
        Assert.Equal(new System.DateTimeOffset(sentAt).ToUnixTimeSeconds() + 600, expiry.Value);
    }
}
