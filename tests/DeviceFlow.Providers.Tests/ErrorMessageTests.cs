using DeviceFlow.Core.Display;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Providers;

namespace DeviceFlow.Providers.Tests;

/// <summary>Provider errors become short sentences a maker can act on.</summary>
public class ErrorMessageTests
{
    [Theory]
    [InlineData("github", "device_flow_disabled", null, "Enable Device Flow in the GitHub app settings")]
    [InlineData("github", "incorrect_client_credentials", null, "Wrong client_id in config.json")]
    [InlineData("entra", "invalid_client", "AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.", "Entra: turn on Allow public client flows")]
    [InlineData("entra", "invalid_request", "AADSTS70002180: another number", "Provider rejected the request")]
    [InlineData("entra", "bad_verification_code", null, "Code not recognised: press to try again")]
    [InlineData("entra", "invalid_client", null, "Entra: allow public client flows; check client_id")]
    [InlineData("google", "invalid_client", "Invalid client type.", "Check client_id/secret; client type must be TVs and Limited Input")]
    [InlineData("auth0", "unauthorized_client", null, "Auth0: enable the Device Code grant for the app")]
    [InlineData("keycloak", "unauthorized_client", null, "Keycloak: enable OAuth 2.0 Device Authorization Grant")]
    [InlineData("okta", "invalid_scope", null, "Scope refused: check scope in config.json")]
    [InlineData("amazon", "server_exploded", null, "Provider error: server_exploded")]
    public void Codes_map_to_short_actionable_messages(string preset, string code, string? description, string expected)
        => Assert.Equal(expected, ErrorMessages.Describe(ProviderPresets.Find(preset), new OAuthError(code, description, null)));

    [Fact]
    public void Without_a_preset_the_general_messages_apply()
    {
        Assert.Equal("App may not use the device grant: enable it", ErrorMessages.Describe(null, "unauthorized_client", null));
        Assert.Null(ErrorMessages.Describe(null, null, "text"));
        Assert.Equal("HTTP 404 without an OAuth error", ErrorMessages.Describe(ProviderPresets.Find("okta"), "HTTP 404 without an OAuth error", null));
    }

    [Theory]
    [InlineData("https://www.google.com/device", "google.com/device")]
    [InlineData("https://microsoft.com/devicelogin/", "microsoft.com/devicelogin")]
    [InlineData("HTTPS://github.com/login/device", "github.com/login/device")]
    [InlineData("http://localhost:5000/device", "http://localhost:5000/device")]
    [InlineData("https://127.0.0.1:7443/connect/verify", "https://127.0.0.1:7443/connect/verify")]
    [InlineData("https://sso.example.com:8443/realms/home/device", "https://sso.example.com:8443/realms/home/device")]
    [InlineData(null, null)]
    public void Verification_urls_are_shortened_for_the_oled(string? uri, string? expected)
        => Assert.Equal(expected, VerificationUrl.Shorten(uri));
}
