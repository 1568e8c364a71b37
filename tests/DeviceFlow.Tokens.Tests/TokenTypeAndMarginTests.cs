using System.Linq;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Tokens;
using DeviceFlow.Testing;

namespace DeviceFlow.Tokens.Tests;

/// <summary>RFC 6749 §7.1 token types (only Bearer is ever stored or sent) and the refresh margin of short-lived tokens.</summary>
public class TokenTypeAndMarginTests
{
    private readonly TestDevice _device = new();

    [Theory]
    [InlineData("Bearer")]
    [InlineData("bearer")]
    [InlineData("BEARER")]
    public void Bearer_in_any_case_is_accepted_and_sent_as_bearer(string tokenType)
    {
        _device.Server.ThenJson(200, OAuthJson.DeviceAuthorization()).ThenJson(200, OAuthJson.Tokens(tokenType: tokenType));
        _device.Lifecycle.Start();

        Assert.Equal(LifecyclePhase.Ready, _device.Lifecycle.HandlePress(ButtonPress.Short));
        Assert.Equal("Bearer " + OAuthJson.AccessToken, _device.Lifecycle.AccessToken().AuthorizationHeader);
    }

    [Theory]
    [InlineData("DPoP")]
    [InlineData("mac")]
    [InlineData("N_A")]
    public void A_pairing_that_yields_another_token_type_stores_nothing_and_says_why(string tokenType)
    {
        // A DPoP-bound token (RFC 9449) sent as Bearer would be used without its proof: a leak, not a login.
        _device.Server.ThenJson(200, OAuthJson.DeviceAuthorization()).ThenJson(200, OAuthJson.Tokens(tokenType: tokenType));
        _device.Lifecycle.Start();

        Assert.Equal(LifecyclePhase.WaitingForPress, _device.Lifecycle.HandlePress(ButtonPress.Short));

        Assert.Null(_device.StoredTokens());
        Assert.False(_device.Flash.Contains(System.Text.Encoding.UTF8.GetBytes(OAuthJson.AccessToken)));
        string reason = "token_type " + tokenType + " is not Bearer";
        Assert.Equal(reason, _device.Observer.Statuses.Last().Reason);
        Assert.Equal(PairingPhase.Failed, _device.Pairings.States.Last().Phase);
        Assert.Equal(AccessTokenStatus.NotPaired, _device.Lifecycle.AccessToken().Status);
    }

    [Fact]
    public void A_refresh_that_yields_another_token_type_keeps_the_old_tokens_and_stops_retrying()
    {
        _device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        _device.Reboot().Start();
        _device.RefreshAnswers("at-dpop", "rt-dpop", tokenType: "DPoP");
        _device.Time.Advance(3600_000);

        var result = _device.Lifecycle.AccessToken();
        _device.Time.Advance(600_000);
        _device.Lifecycle.AccessToken();

        Assert.Equal(AccessTokenStatus.ConfigurationRefused, result.Status);
        Assert.Equal("token_type DPoP is not Bearer", result.Reason);
        Assert.Null(result.AccessToken);
        Assert.Equal(("at-1", "rt-1"), (_device.StoredTokens()!.AccessToken, _device.StoredTokens()!.RefreshToken));
        Assert.False(_device.Flash.Contains(System.Text.Encoding.UTF8.GetBytes("at-dpop")));
        Assert.Single(_device.Server.Sent);
    }

    [Theory]
    [InlineData(60, 45)]
    [InlineData(30, 23)]
    [InlineData(120, 90)]
    [InlineData(3600, 3540)]
    public void A_short_lived_token_is_used_for_most_of_its_life_before_it_is_refreshed(int lifetimeSeconds, int firstRefreshAfterSeconds)
    {
        // The margin is 60 s, but at most a quarter of the lifetime: a 60 s token is not refreshed on every use.
        _device.Lifecycle.Start();
        _device.Server.ThenJson(200, OAuthJson.DeviceAuthorization()).ThenJson(200, OAuthJson.Tokens(expiresIn: lifetimeSeconds));
        _device.Lifecycle.HandlePress(ButtonPress.Short);
        long pairedAtMs = _device.Server.Sent.Last().SentAtMs;
        _device.Server.Fallback = _ => HttpResult.Completed(200, "application/json", OAuthJson.Tokens(expiresIn: lifetimeSeconds), HttpResult.NoRetryAfter);

        while (_device.Server.Sent.Count == 2)
        {
            Assert.Equal(AccessTokenStatus.Ok, _device.Lifecycle.AccessToken().Status);
            _device.Time.Advance(1000);
        }

        long firstRefreshAfterMs = _device.Server.Sent.Last().SentAtMs - pairedAtMs;
        Assert.InRange(firstRefreshAfterMs, (firstRefreshAfterSeconds - 1) * 1000L, (firstRefreshAfterSeconds + 1) * 1000L);
    }
}
