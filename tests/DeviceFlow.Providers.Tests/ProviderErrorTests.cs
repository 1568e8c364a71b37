using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Providers;
using DeviceFlow.Testing;

namespace DeviceFlow.Providers.Tests;

/// <summary>Set-up mistakes at the provider end a pairing with a message that says what to switch on.</summary>
public class ProviderErrorTests
{
    private readonly VirtualTime _time = new();

    [Fact]
    public void GitHub_without_device_flow_enabled_fails_at_the_code_request()
    {
        // GitHub answers the device code request with device_flow_disabled, as a form with 200 (jupyterhub/gh-scoped-creds#9).
        var server = new ScriptedTransport(_time).Then(HttpResult.Completed(200, "application/x-www-form-urlencoded; charset=utf-8", "error=device_flow_disabled&error_description=Device+Flow+must+be+explicitly+enabled+for+this+App", HttpResult.NoRetryAfter));

        PairingState state = Pair("github", server);

        Assert.Equal(PairingPhase.Failed, state.Phase);
        Assert.Single(server.Sent);
        Assert.Equal("Enable Device Flow in the GitHub app settings", ErrorMessages.Describe(ProviderPresets.Find("github"), state.Reason, null));
    }

    [Fact]
    public void Entra_without_public_client_flows_fails_at_the_first_poll()
    {
        // toblum/ESPTeamsPresence#28: AADSTS7000218 as invalid_client when "Allow public client flows" is off.
        ProviderFake entra = ProviderFakes.Get("entra");
        var server = new ScriptedTransport(_time).Then(entra.DeviceAuthorization)
            .ThenJson(401, "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.\",\"error_codes\":[7000218]}");

        PairingState state = Pair("entra", server);

        Assert.Equal(PairingPhase.Failed, state.Phase);
        Assert.Equal(2, server.Sent.Count);
        Assert.Equal("Entra: allow public client flows; check client_id", ErrorMessages.Describe(ProviderPresets.Find("entra"), state.Reason, null));
    }

    [Fact]
    public void A_discovered_provider_pairs_like_a_preset()
    {
        var metadata = new AuthorizationServerMetadata("https://as.example.com", "https://as.example.com/device", "https://as.example.com/token", null);
        ClientConfig config = ProviderClientConfig.FromMetadata(metadata, new ProviderSettings { ClientId = "sensor", Scope = "openid" }, out _)!;
        var server = new ScriptedTransport(_time).ThenJson(200, OAuthJson.DeviceAuthorization()).ThenJson(200, OAuthJson.Tokens());

        PairingState state = new PairingRunner(new DeviceFlowProtocol(config, server), _time, _time, new RecordingLog(), new RecordingObserver()).Pair();

        Assert.Equal(PairingPhase.Authorized, state.Phase);
        Assert.Equal("https://as.example.com/device", server.Sent[0].Url);
        Assert.Equal("https://as.example.com/token", server.Sent[1].Url);
        Assert.Equal(DeviceFlowProtocol.DeviceCodeGrantType, server.Sent[1].Form()["grant_type"]);
        Assert.Null(config.RevocationUrl);
    }

    private PairingState Pair(string preset, ScriptedTransport server)
    {
        ClientConfig config = ProviderClientConfig.Build(ProviderPresets.Find(preset), ProviderFakes.Get(preset).Settings, out _)!;
        return new PairingRunner(new DeviceFlowProtocol(config, server), _time, _time, new RecordingLog(), new RecordingObserver()).Pair();
    }
}
