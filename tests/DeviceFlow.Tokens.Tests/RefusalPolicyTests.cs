using System.Linq;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Tokens;
using DeviceFlow.Testing;

namespace DeviceFlow.Tokens.Tests;

/// <summary>
/// When the servers say no: a resource server's 401 without a refresh token (GitHub OAuth apps issue none) and the
/// RFC 6749 §5.2 codes that refuse the client itself. Neither wipes a pairing on one answer.
/// </summary>
public class RefusalPolicyTests
{
    private readonly TestDevice _device = new();

    [Fact]
    public void A_single_401_without_a_refresh_token_keeps_the_pairing()
    {
        PairWithoutRefreshToken();

        var refused = _device.Lifecycle.ReportUnauthorized(OAuthJson.AccessToken);

        Assert.Equal(AccessTokenStatus.Refused, refused.Status);
        Assert.Null(refused.AccessToken);
        Assert.Equal(OAuthJson.AccessToken, _device.StoredTokens()!.AccessToken);
        Assert.Equal(LifecyclePhase.Ready, _device.Lifecycle.Phase);
        Assert.Equal("access token refused", _device.Observer.Statuses.Last().Reason);

        // A glitch costs one request: the next call hands the same token out again, and nothing was sent.
        var next = _device.Lifecycle.AccessToken();
        Assert.Equal(AccessTokenStatus.Ok, next.Status);
        Assert.Equal(OAuthJson.AccessToken, next.AccessToken);
        Assert.Equal(2, _device.Server.Sent.Count);
    }

    [Fact]
    public void Repeated_401s_never_unpair_by_themselves()
    {
        PairWithoutRefreshToken();

        for (int i = 0; i < 50; i++)
        {
            _device.Lifecycle.AccessToken();
            _device.Lifecycle.ReportUnauthorized(OAuthJson.AccessToken);
            _device.Time.Advance(60_000);
        }

        Assert.True(_device.Lifecycle.IsPaired);
        Assert.NotNull(_device.StoredTokens());
    }

    [Fact]
    public void A_press_after_a_refusal_pairs_again_and_the_new_tokens_replace_the_old()
    {
        PairWithoutRefreshToken();
        _device.Lifecycle.ReportUnauthorized(OAuthJson.AccessToken);
        _device.Server.ThenJson(200, OAuthJson.DeviceAuthorization()).ThenJson(400, OAuthJson.Error("access_denied"));

        // A pairing that fails leaves the old tokens in place.
        Assert.Equal(LifecyclePhase.Ready, _device.Lifecycle.HandlePress(ButtonPress.Short));
        Assert.Equal(OAuthJson.AccessToken, _device.StoredTokens()!.AccessToken);

        _device.Lifecycle.ReportUnauthorized(OAuthJson.AccessToken);
        _device.Server.ThenJson(200, OAuthJson.DeviceAuthorization()).ThenJson(200, "{\"access_token\":\"at-new\",\"token_type\":\"Bearer\"}");
        Assert.Equal(LifecyclePhase.Ready, _device.Lifecycle.HandlePress(ButtonPress.Short));
        Assert.Equal("at-new", _device.StoredTokens()!.AccessToken);
        Assert.Equal("at-new", _device.Lifecycle.AccessToken().AccessToken);
    }

    [Theory]
    [InlineData("invalid_client")]
    [InlineData("unauthorized_client")]
    [InlineData("invalid_scope")]
    [InlineData("unsupported_grant_type")]
    public void A_refused_client_stops_refreshing_keeps_the_tokens_and_names_the_code(string code)
    {
        _device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        _device.Reboot().Start();
        _device.Server.ThenJson(400, OAuthJson.Error(code));
        _device.Time.Advance(3600_000);

        var refused = _device.Lifecycle.AccessToken();
        for (int i = 0; i < 30; i++)
        {
            _device.Time.Advance(60_000);
            Assert.Equal(AccessTokenStatus.ConfigurationRefused, _device.Lifecycle.AccessToken().Status);
        }

        Assert.Equal(AccessTokenStatus.ConfigurationRefused, refused.Status);
        Assert.Equal(code, refused.Reason);
        Assert.Null(refused.AccessToken);
        Assert.Single(_device.Server.Sent);
        Assert.Equal("rt-1", _device.StoredTokens()!.RefreshToken);
        Assert.Equal(LifecyclePhase.Ready, _device.Lifecycle.Phase);
        Assert.Equal(code, _device.Observer.Statuses.Last().Reason);

        // The maker fixed the provider's setup: a press tries again, once.
        _device.RefreshAnswers("at-2", "rt-2");
        _device.Lifecycle.HandlePress(ButtonPress.Short);
        Assert.Equal("at-2", _device.Lifecycle.AccessToken().AccessToken);
        Assert.Equal(2, _device.Server.Sent.Count);
    }

    [Fact]
    public void A_refused_client_keeps_handing_out_a_token_that_still_lives()
    {
        _device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        _device.Reboot().Start();
        _device.Server.ThenJson(401, OAuthJson.Error("invalid_client"));
        _device.Time.Advance((3600 - 30) * 1000L);

        var result = _device.Tokens.Get();
        _device.Time.Advance(10_000);

        Assert.Equal(AccessTokenStatus.Ok, result.Status);
        Assert.Equal("at-1", result.AccessToken);
        Assert.Equal("invalid_client", result.Reason);
        Assert.Equal("at-1", _device.Tokens.Get().AccessToken);
        Assert.Single(_device.Server.Sent);
    }

    [Fact]
    public void Transient_failures_still_back_off_and_retry_by_themselves()
    {
        _device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        _device.Reboot().Start();
        _device.Server.ThenJson(503, "{}").ThenJson(400, OAuthJson.Error("invalid_request"));
        _device.RefreshAnswers("at-2", null);
        _device.Time.Advance(3600_000);

        Assert.Equal(AccessTokenStatus.Unavailable, _device.Tokens.Get().Status);
        _device.Time.Advance(6_000);
        Assert.Equal(AccessTokenStatus.Unavailable, _device.Tokens.Get().Status);
        _device.Time.Advance(11_000);

        Assert.Equal("at-2", _device.Tokens.Get().AccessToken);
        Assert.Equal(3, _device.Server.Sent.Count);
    }

    private void PairWithoutRefreshToken()
    {
        _device.Lifecycle.Start();
        _device.Server.ThenJson(200, OAuthJson.DeviceAuthorization()).ThenJson(200, OAuthJson.Tokens(expiresIn: 0, refreshToken: null));
        _device.Button = new ScriptedButton(ButtonPress.Short);
        _device.Lifecycle.EnsurePaired();
    }
}
