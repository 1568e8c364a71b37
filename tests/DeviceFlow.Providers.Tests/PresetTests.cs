using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Providers;

namespace DeviceFlow.Providers.Tests;

/// <summary>Choosing a preset by name and turning config.json values into a client, with clear errors.</summary>
public class PresetTests
{
    [Theory]
    [InlineData("github", "github")]
    [InlineData(" Google ", "google")]
    [InlineData("ENTRA", "entra")]
    [InlineData("microsoft", "entra")]
    [InlineData("auth0", "auth0")]
    [InlineData("okta", "okta")]
    [InlineData("keycloak", "keycloak")]
    [InlineData("amazon", "amazon")]
    public void Presets_are_found_by_name(string name, string expected)
        => Assert.Equal(expected, ProviderPresets.Find(name)!.Name);

    [Fact]
    public void An_unknown_name_lists_the_known_ones()
    {
        Assert.Null(ProviderPresets.Find("spotify"));
        ProviderClientConfig.Build(ProviderPresets.Find("spotify"), new ProviderSettings { ClientId = "x" }, out string? problem);
        Assert.Equal("unknown provider (known: github, google, entra, auth0, okta, keycloak, amazon)", problem);
    }

    [Theory]
    [InlineData("github", null, null, null, null, "github: client_id missing in config.json")]
    [InlineData("google", "id", null, null, null, "google: client_secret missing in config.json")]
    [InlineData("auth0", "id", null, null, null, "auth0: domain missing in config.json")]
    [InlineData("okta", "id", null, null, null, "okta: domain missing in config.json")]
    [InlineData("keycloak", "id", null, "sso.example.com", null, "keycloak: realm missing in config.json")]
    [InlineData("keycloak", "id", null, "sso.example.com", "a/../b", "keycloak: realm has characters a URL cannot carry")]
    [InlineData("entra", "id", "contoso?x=1", null, null, "entra: tenant has characters a URL cannot carry")]
    [InlineData("auth0", "id", null, "tenant.auth0.com#frag", null, "auth0: domain has characters a URL cannot carry")]
    public void Missing_or_unusable_settings_name_the_field_to_fix(string preset, string? clientId, string? tenant, string? domain, string? realm, string expected)
    {
        var settings = new ProviderSettings { ClientId = clientId, Tenant = tenant, Domain = domain, Realm = realm };

        ClientConfig? config = ProviderClientConfig.Build(ProviderPresets.Find(preset), settings, out string? problem);

        Assert.Null(config);
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void No_settings_at_all_asks_for_the_client_id()
    {
        Assert.Null(ProviderClientConfig.Build(ProviderPresets.Find("github"), null!, out string? problem));
        Assert.Equal("github: client_id missing in config.json", problem);
    }

    [Fact]
    public void Entra_defaults_to_the_common_tenant_and_always_asks_for_offline_access()
    {
        ClientConfig config = Build("entra", new ProviderSettings { ClientId = "id", Scope = "Mail.Read" });

        Assert.Equal("https://login.microsoftonline.com/common/oauth2/v2.0/devicecode", config.DeviceAuthorizationUrl);
        Assert.Equal("Mail.Read offline_access", config.Scope);
    }

    [Fact]
    public void Okta_takes_a_named_authorization_server_and_a_pasted_url_as_domain()
    {
        ClientConfig config = Build("okta", new ProviderSettings { ClientId = "id", Domain = "HTTPS://dev-1.okta.com//", AuthorizationServer = "aus1a2b3" });

        Assert.Equal("https://dev-1.okta.com/oauth2/aus1a2b3/v1/device/authorize", config.DeviceAuthorizationUrl);
        Assert.Equal("https://dev-1.okta.com/oauth2/aus1a2b3/v1/token", config.TokenUrl);
    }

    [Fact]
    public void Keycloak_domain_may_carry_the_legacy_auth_prefix()
        => Assert.Equal(
            "https://sso.example.com/auth/realms/lab/protocol/openid-connect/auth/device",
            Build("keycloak", new ProviderSettings { ClientId = "id", Domain = "sso.example.com/auth", Realm = "lab" }).DeviceAuthorizationUrl);

    [Fact]
    public void Audience_is_sent_only_where_the_provider_takes_it()
    {
        Assert.Null(Build("okta", new ProviderSettings { ClientId = "id", Domain = "d.okta.com", Audience = "api" }).ExtraDeviceAuthorizationParameters);
        Assert.Equal(new[] { "audience", "api" }, Build("auth0", new ProviderSettings { ClientId = "id", Domain = "t.auth0.com", Audience = "api" }).ExtraDeviceAuthorizationParameters);
    }

    [Fact]
    public void A_secret_goes_in_the_body_for_google_and_in_basic_auth_elsewhere()
    {
        Assert.Equal(ClientAuthStyle.RequestBody, Build("google", new ProviderSettings { ClientId = "id", ClientSecret = "s" }).AuthStyle);
        Assert.Equal(ClientAuthStyle.BasicHeader, Build("keycloak", new ProviderSettings { ClientId = "id", ClientSecret = "s", Domain = "k", Realm = "r" }).AuthStyle);
        Assert.Equal(ClientAuthStyle.None, Build("keycloak", new ProviderSettings { ClientId = "id", Domain = "k", Realm = "r" }).AuthStyle);
    }

    [Theory]
    [InlineData("google", "https://oauth2.googleapis.com/revoke")]
    [InlineData("auth0", "https://dev-sensor.eu.auth0.com/oauth/revoke")]
    [InlineData("okta", "https://dev-133337.okta.com/oauth2/default/v1/revoke")]
    [InlineData("keycloak", "https://sso.example.com/realms/sensors/protocol/openid-connect/revoke")]
    [InlineData("entra", null)]
    [InlineData("github", null)]
    [InlineData("amazon", null)]
    public void Revocation_endpoints_exist_where_the_provider_offers_rfc7009(string preset, string? expected)
        => Assert.Equal(expected, ProviderClientConfig.RevocationUrl(ProviderPresets.Find(preset), ProviderFakes.Get(preset).Settings));

    [Theory]
    [InlineData("openid", "offline_access", "openid offline_access")]
    [InlineData("openid offline_access", "offline_access", "openid offline_access")]
    [InlineData("offline_access_extra", "offline_access", "offline_access_extra offline_access")]
    [InlineData(null, "offline_access", "offline_access")]
    [InlineData("profile", null, "profile")]
    [InlineData(null, null, null)]
    public void Required_scope_is_added_once(string? scope, string? required, string? expected)
        => Assert.Equal(expected, ProviderClientConfig.MergeScope(scope, required));

    [Fact]
    public void Every_preset_endpoint_is_https()
    {
        foreach (ProviderPreset preset in ProviderPresets.All)
        {
            Assert.True(HttpsUrl.Is(preset.DeviceAuthorizationUrlTemplate), preset.Name);
            Assert.True(HttpsUrl.Is(preset.TokenUrlTemplate), preset.Name);
        }
    }

    private static ClientConfig Build(string preset, ProviderSettings settings)
        => ProviderClientConfig.Build(ProviderPresets.Find(preset), settings, out string? problem) ?? throw new Xunit.Sdk.XunitException(problem);
}
