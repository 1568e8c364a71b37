using System.Linq;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Providers;
using DeviceFlow.Core.Tokens;
using DeviceFlow.Testing;

namespace DeviceFlow.Tokens.Tests;

/// <summary>A long press: revoke (RFC 7009, best effort), forget our blobs only, wait for a press to pair again.</summary>
public class FactoryResetTests
{
    [Fact]
    public void A_long_press_revokes_the_refresh_token_then_clears_only_our_blobs()
    {
        var device = new TestDevice();
        device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        device.Flash.Put("wifi.json", new byte[] { 7 });
        device.Flash.Put(StoredDiscovery.BlobName, new AuthorizationServerMetadata("https://as.example.com", "https://as.example.com/device", TestDevice.TokenUrl, null).ToBlob());
        device.Reboot().Start();
        device.Server.Then(HttpResult.Completed(200, null, string.Empty, HttpResult.NoRetryAfter));

        Assert.Equal(LifecyclePhase.WaitingForPress, device.Lifecycle.HandlePress(ButtonPress.Long));

        var revoke = device.Server.Sent.Single();
        Assert.Equal(TestDevice.RevocationUrl, revoke.Url);
        var form = revoke.Form();
        Assert.Equal("rt-1", form["token"]);
        Assert.Equal("refresh_token", form["token_type_hint"]);
        Assert.Equal("sensor-firmware", form["client_id"]);
        Assert.Equal(new[] { "wifi.json" }, device.Flash.Blobs.Keys.ToArray());
        Assert.Equal(AccessTokenStatus.NotPaired, device.Tokens.Get().Status);
        Assert.Contains(device.Log.Lines, line => line.Contains("revocation done"));
    }

    [Fact]
    public void The_reset_goes_on_when_the_revocation_endpoint_fails()
    {
        var device = new TestDevice();
        device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        device.Reboot().Start();
        device.Server.ThenJson(503, "{}");

        device.Lifecycle.HandlePress(ButtonPress.Long);

        Assert.Null(device.StoredTokens());
        Assert.Contains(device.Log.Lines, line => line.Contains("revocation failed (HTTP 503)"));
        Assert.Equal(LifecyclePhase.WaitingForPress, device.Reboot().Start());
    }

    [Fact]
    public void The_reset_goes_on_when_the_network_is_down()
    {
        var device = new TestDevice();
        device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        device.Reboot().Start();
        device.Server.Then(HttpResult.Failure(TransportOutcome.ConnectionFailed, "no Wi-Fi"));

        device.Lifecycle.FactoryReset();

        Assert.Null(device.StoredTokens());
    }

    [Fact]
    public void Without_a_revocation_endpoint_the_reset_only_forgets()
    {
        var device = new TestDevice(revocationUrl: null);
        device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        device.Reboot().Start();

        device.Lifecycle.HandlePress(ButtonPress.Long);

        Assert.Empty(device.Server.Sent);
        Assert.Null(device.StoredTokens());
    }

    [Fact]
    public void After_a_reset_a_short_press_pairs_again()
    {
        var device = new TestDevice();
        device.StoreTokens("at-1", "rt-1", expiresInSeconds: 3600);
        device.Reboot().Start();
        device.Server.Then(HttpResult.Completed(200, null, string.Empty, HttpResult.NoRetryAfter));
        device.PairingAnswers();
        device.Button = new ScriptedButton(ButtonPress.Long, ButtonPress.Short);

        device.Lifecycle.HandlePress(device.Button.WaitForPress(-1));
        device.Lifecycle.EnsurePaired();

        Assert.Equal(OAuthJson.AccessToken, device.StoredTokens()!.AccessToken);
        Assert.Equal(LifecyclePhase.Ready, device.Lifecycle.Phase);
    }

    [Fact]
    public void A_long_press_while_unpaired_sends_nothing_and_keeps_waiting()
    {
        var device = new TestDevice();
        device.Lifecycle.Start();

        Assert.Equal(LifecyclePhase.WaitingForPress, device.Lifecycle.HandlePress(ButtonPress.Long));
        Assert.Empty(device.Server.Sent);
    }
}
