using DeviceFlow.Core.Ports;

namespace DeviceFlow.Providers.Tests;

/// <summary>The providers a maker runs under their own domain: Auth0, Okta, Keycloak.</summary>
public static partial class ProviderFakes
{
    private static ProviderFake Auth0()
    {
        // Auth0 "Authorize device" and device quickstart (mirrors cited in ProviderPresets): audience parameter,
        // pending as 403, slow_down as 429, expired_token exactly once and invalid_grant after it.
        const string deviceCode = "Ag_EE4a8mYo8E4Jd3vvvWUqc-secret";
        const string accessToken = "eyJz93a.k4laUWw-secret";
        const string clientId = "KsK2bnh4v0zXa8m3sAIdfh1DRp3D2nZb";
        const string domain = "dev-sensor.eu.auth0.com";
        return new ProviderFake
        {
            Preset = "auth0",
            Settings = new() { ClientId = clientId, Domain = "https://" + domain + "/", Audience = "https://api.sensor.example" },
            DeviceAuthorization = Json(200, Standard(deviceCode, "QTZL-MCBW", "https://" + domain + "/activate", true, 900, 5)),
            Pending = Json(403, "{\"error\":\"authorization_pending\",\"error_description\":\"User has yet to authorize device code.\"}"),
            SlowDown = HttpResult.Completed(429, "application/json", "{\"error\":\"slow_down\",\"error_description\":\"You are polling faster than the specified interval of 5 seconds.\"}", HttpResult.NoRetryAfter),
            Denied = Json(403, "{\"error\":\"access_denied\",\"error_description\":\"User cancelled the confirmation prompt or consent page; the code is no longer valid.\"}"),
            Expired = new[]
            {
                Json(403, "{\"error\":\"expired_token\",\"error_description\":\"User's verification code has expired.\"}"),
                Json(403, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid or expired device code.\"}"),
            },
            Tokens = Json(200, "{\"access_token\":\"" + accessToken + "\",\"id_token\":\"eyJ.0NE\",\"refresh_token\":\"eyJ.MoQ-secret\",\"scope\":\"openid profile offline_access\",\"expires_in\":86400,\"token_type\":\"Bearer\"}"),
            AccessToken = accessToken,
            UserCode = "QTZL-MCBW",
            IntervalSeconds = 5,
            DeviceAuthorizationUrl = "https://" + domain + "/oauth/device/code",
            TokenUrl = "https://" + domain + "/oauth/token",
            DeviceAuthorizationForm = FormOf("client_id", clientId, "scope", "openid profile offline_access", "audience", "https://api.sensor.example"),
            TokenForm = FormOf("client_id", clientId, "device_code", deviceCode, "grant_type", Urn),
            Secrets = new[] { deviceCode, accessToken },
        };
    }

    private static ProviderFake Okta()
    {
        // developer.okta.com/docs/guides/device-authorization-grant/main: /oauth2/default/v1/device/authorize and
        // /v1/token, RFC answers with verification_uri_complete; errors in the RFC 6749 §5.2 shape.
        const string deviceCode = "4ddf8ee5-4a82-4e5c-9b55-5e1e1c5c2e3a-secret";
        const string accessToken = "eyJraWQiOiJva3RhIn0-secret";
        const string clientId = "0oa4x7kq2lQbZ5vT8357";
        const string domain = "dev-133337.okta.com";
        return new ProviderFake
        {
            Preset = "okta",
            Settings = new() { ClientId = clientId, Domain = domain },
            DeviceAuthorization = Json(200, Standard(deviceCode, "BDWD-HQPK", "https://" + domain + "/activate", true, 600, 5)),
            Pending = Json(400, "{\"error\":\"authorization_pending\",\"error_description\":\"The device authorization is pending. Please try again later.\"}"),
            SlowDown = Json(400, "{\"error\":\"slow_down\",\"error_description\":\"The client is polling too frequently.\"}"),
            Denied = Json(400, "{\"error\":\"access_denied\",\"error_description\":\"The resource owner or authorization server denied the request.\"}"),
            Expired = new[] { Json(400, "{\"error\":\"expired_token\",\"error_description\":\"The device code has expired.\"}") },
            Tokens = Json(200, Tokens(accessToken, "rt-okta-secret")),
            AccessToken = accessToken,
            UserCode = "BDWD-HQPK",
            IntervalSeconds = 5,
            DeviceAuthorizationUrl = "https://" + domain + "/oauth2/default/v1/device/authorize",
            TokenUrl = "https://" + domain + "/oauth2/default/v1/token",
            DeviceAuthorizationForm = FormOf("client_id", clientId, "scope", "openid profile offline_access"),
            TokenForm = FormOf("client_id", clientId, "device_code", deviceCode, "grant_type", Urn),
            Secrets = new[] { deviceCode, accessToken },
        };
    }

    private static ProviderFake Keycloak()
    {
        // keycloak-community design/oauth2-device-authorization-grant.md: realm in the path, user page
        // /realms/{realm}/device, verification_uri_complete; errors in the RFC 6749 §5.2 shape.
        const string deviceCode = "R1bS8xQ2Nl9zZW5zb3JzX2RldmljZQ-secret";
        const string accessToken = "eyJhbGciOiJSUzI1NiIsInR5cCIgOiAiSldUIn0-secret";
        return new ProviderFake
        {
            Preset = "keycloak",
            Settings = new() { ClientId = "sensor-firmware", Domain = "sso.example.com", Realm = "sensors" },
            DeviceAuthorization = Json(200, Standard(deviceCode, "KTWL-QZXD", "https://sso.example.com/realms/sensors/device", true, 600, 5)),
            Pending = Json(400, "{\"error\":\"authorization_pending\",\"error_description\":\"The authorization request is still pending\"}"),
            SlowDown = Json(400, "{\"error\":\"slow_down\",\"error_description\":\"Slow down\"}"),
            Denied = Json(400, "{\"error\":\"access_denied\",\"error_description\":\"The end user denied the authorization request\"}"),
            Expired = new[] { Json(400, "{\"error\":\"expired_token\",\"error_description\":\"Device code is expired\"}") },
            Tokens = Json(200, Tokens(accessToken, "eyJhbGciOiJIUzUxMiJ9-secret")),
            AccessToken = accessToken,
            UserCode = "KTWL-QZXD",
            IntervalSeconds = 5,
            DeviceAuthorizationUrl = "https://sso.example.com/realms/sensors/protocol/openid-connect/auth/device",
            TokenUrl = "https://sso.example.com/realms/sensors/protocol/openid-connect/token",
            DeviceAuthorizationForm = FormOf("client_id", "sensor-firmware", "scope", "openid"),
            TokenForm = FormOf("client_id", "sensor-firmware", "device_code", deviceCode, "grant_type", Urn),
            ShortVerificationUrl = "sso.example.com/realms/sensors/device",
            Secrets = new[] { deviceCode, accessToken },
        };
    }
}
