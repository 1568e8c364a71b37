using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Providers;
using DeviceFlow.Testing;

namespace DeviceFlow.Providers.Tests;

/// <summary>The exact requests each preset makes, against what the provider documents (see <see cref="ProviderFakes"/>).</summary>
public class RequestConformanceTests
{
    public static TheoryData<string> Presets() => PairingConformanceTests.Presets();

    [Theory]
    [MemberData(nameof(Presets))]
    public void Device_authorization_request_is_what_the_provider_documents(string preset)
    {
        ProviderFake fake = ProviderFakes.Get(preset);
        SentRequest sent = RunPairing(fake).Sent[0];

        Assert.Equal("POST", sent.Request.Method);
        Assert.Equal(fake.DeviceAuthorizationUrl, sent.Url);
        Assert.Equal("application/x-www-form-urlencoded", sent.Request.ContentType);
        Assert.Equal(fake.Authorization, sent.Request.Authorization);
        Assert.Equal(fake.DeviceAuthorizationForm, sent.Form());
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void Token_request_is_what_the_provider_documents(string preset)
    {
        ProviderFake fake = ProviderFakes.Get(preset);
        SentRequest sent = RunPairing(fake).Sent[1];

        Assert.Equal("POST", sent.Request.Method);
        Assert.Equal(fake.TokenUrl, sent.Url);
        Assert.Equal("application/x-www-form-urlencoded", sent.Request.ContentType);
        Assert.Equal(fake.Authorization, sent.Request.Authorization);
        Assert.Equal(fake.TokenForm, sent.Form());
    }

    [Fact]
    public void A_confidential_keycloak_client_authenticates_with_http_basic()
    {
        ProviderFake fake = ProviderFakes.Get("keycloak");
        var settings = new ProviderSettings { ClientId = "sensor firmware", ClientSecret = "s3cr3t:x", Domain = "sso.example.com", Realm = "sensors" };
        ClientConfig config = ProviderClientConfig.Build(ProviderPresets.Find("keycloak"), settings, out _)!;
        var server = new ScriptedTransport().Then(fake.Tokens);

        new DeviceFlowProtocol(config, server).PollToken("dc", "KTWL-QZXD");

        // RFC 6749 §2.3.1: id and secret form-encoded, then base64 ("sensor+firmware:s3cr3t%3Ax").
        Assert.Equal("Basic c2Vuc29yK2Zpcm13YXJlOnMzY3IzdCUzQXg=", server.Sent[0].Request.Authorization);
        Assert.False(server.Sent[0].Form().ContainsKey("client_secret"));
        Assert.False(server.Sent[0].Form().ContainsKey("user_code"));
    }

    [Theory]
    [InlineData("google")]
    [InlineData("auth0")]
    [InlineData("okta")]
    [InlineData("keycloak")]
    public void Sign_out_revokes_the_refresh_token_at_the_presets_endpoint(string preset)
    {
        ProviderFake fake = ProviderFakes.Get(preset);
        ClientConfig config = ProviderClientConfig.Build(ProviderPresets.Find(preset), fake.Settings, out _)!;
        var server = new ScriptedTransport().Then(HttpResult.Completed(200, "application/json", string.Empty, HttpResult.NoRetryAfter));

        Assert.True(new DeviceFlowProtocol(config, server).Revoke("rt-1", out _));

        // RFC 7009 §2.1: token + token_type_hint, with the client authentication of the token endpoint.
        Assert.Equal(ProviderClientConfig.RevocationUrl(ProviderPresets.Find(preset), fake.Settings), server.Sent[0].Url);
        Assert.Equal("rt-1", server.Sent[0].Form()["token"]);
        Assert.Equal("refresh_token", server.Sent[0].Form()["token_type_hint"]);
        Assert.Equal(fake.TokenForm["client_id"], server.Sent[0].Form()["client_id"]);
    }

    [Theory]
    [InlineData("entra")]
    [InlineData("github")]
    [InlineData("amazon")]
    public void Presets_without_rfc7009_leave_the_revocation_url_empty(string preset)
        => Assert.Null(ProviderClientConfig.Build(ProviderPresets.Find(preset), ProviderFakes.Get(preset).Settings, out _)!.RevocationUrl);

    private static ScriptedTransport RunPairing(ProviderFake fake)
    {
        var time = new VirtualTime();
        var server = new ScriptedTransport(time).Then(fake.DeviceAuthorization).Then(fake.Tokens);
        ClientConfig config = ProviderClientConfig.Build(ProviderPresets.Find(fake.Preset), fake.Settings, out _)!;
        PairingState state = new PairingRunner(new DeviceFlowProtocol(config, server), time, time, new RecordingLog(), new RecordingObserver()).Pair();
        Assert.Equal(PairingPhase.Authorized, state.Phase);
        return server;
    }
}
