using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Providers;
using DeviceFlow.Host;
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

        new DeviceFlowProtocol(config, server, new SystemTextJsonParser()).PollToken("dc", "KTWL-QZXD");

        // RFC 6749 §2.3.1: id and secret form-encoded, then base64 ("sensor+firmware:s3cr3t%3Ax").
        Assert.Equal("Basic c2Vuc29yK2Zpcm13YXJlOnMzY3IzdCUzQXg=", server.Sent[0].Request.Authorization);
        Assert.False(server.Sent[0].Form().ContainsKey("client_secret"));
        Assert.False(server.Sent[0].Form().ContainsKey("user_code"));
    }

    private static ScriptedTransport RunPairing(ProviderFake fake)
    {
        var time = new VirtualTime();
        var server = new ScriptedTransport(time).Then(fake.DeviceAuthorization).Then(fake.Tokens);
        ClientConfig config = ProviderClientConfig.Build(ProviderPresets.Find(fake.Preset), fake.Settings, out _)!;
        PairingState state = new PairingRunner(new DeviceFlowProtocol(config, server, new SystemTextJsonParser()), time, time, new RecordingLog(), new RecordingObserver()).Pair();
        Assert.Equal(PairingPhase.Authorized, state.Phase);
        return server;
    }
}
