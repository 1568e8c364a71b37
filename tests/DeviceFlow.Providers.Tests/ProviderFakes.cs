using System;
using System.Collections.Generic;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;

namespace DeviceFlow.Providers.Tests;

/// <summary>
/// The seven providers' documented answers and expected requests. Where a provider's documentation shows no
/// example of an answer (noted on each), the RFC 8628 §3.5 / RFC 6749 §5.2 shape with HTTP 400 stands in:
/// the client decides by the "error" member, never by the status.
/// </summary>
public static partial class ProviderFakes
{
    public const string Urn = DeviceFlowProtocol.DeviceCodeGrantType;

    public static readonly ProviderFake[] All = { GitHub(), Google(), Entra(), Auth0(), Okta(), Keycloak(), Amazon() };

    public static ProviderFake Get(string preset) => Array.Find(All, fake => fake.Preset == preset)
        ?? throw new ArgumentException("no fake for " + preset);

    private static HttpResult Json(int status, string body)
        => HttpResult.Completed(status, "application/json; charset=utf-8", body, HttpResult.NoRetryAfter);

    private static HttpResult Form(string body)
        => HttpResult.Completed(200, "application/x-www-form-urlencoded; charset=utf-8", body, HttpResult.NoRetryAfter);

    private static HttpResult RfcError(string code) => Json(400, "{\"error\":\"" + code + "\"}");

    private static string Tokens(string accessToken, string refreshToken)
        => "{\"access_token\":\"" + accessToken + "\",\"refresh_token\":\"" + refreshToken + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}";

    private static string Standard(string deviceCode, string userCode, string page, bool complete, int expiresIn, int interval)
        => "{\"device_code\":\"" + deviceCode + "\",\"user_code\":\"" + userCode + "\",\"verification_uri\":\"" + page + "\","
           + (complete ? "\"verification_uri_complete\":\"" + page + "?user_code=" + userCode + "\"," : string.Empty)
           + "\"expires_in\":" + expiresIn + ",\"interval\":" + interval + "}";

    private static Dictionary<string, string> FormOf(params string[] pairs)
    {
        var form = new Dictionary<string, string>();
        for (int i = 0; i < pairs.Length; i += 2)
        {
            form.Add(pairs[i], pairs[i + 1]);
        }

        return form;
    }

    private static ProviderFake GitHub()
    {
        // docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps#device-flow: form-encoded
        // answers without Accept: application/json, errors with HTTP 200, slow_down names the new interval.
        const string deviceCode = "3584d83530557fdd1f46af8289938c8ef79f9dc5";
        const string accessToken = "gho_16C7e42F292c6912E7710c838347Ae178B4a";
        return new ProviderFake
        {
            Preset = "github",
            Settings = new() { ClientId = "Iv1.8a61f9b3a7aba766" },
            DeviceAuthorization = Form("device_code=" + deviceCode + "&expires_in=899&interval=5&user_code=WDJB-MJHT&verification_uri=https%3A%2F%2Fgithub.com%2Flogin%2Fdevice"),
            Pending = Form("error=authorization_pending&error_description=The+authorization+request+is+still+pending.&error_uri=https%3A%2F%2Fdocs.github.com"),
            SlowDown = Form("error=slow_down&error_description=Too+many+requests+have+been+made+in+the+same+timeframe.&interval=10"),
            SlowDownIntervalSeconds = 10,
            Denied = Form("error=access_denied&error_description=The+authorization+request+was+denied."),
            Expired = new[] { Form("error=expired_token&error_description=The+device_code+has+expired.") },
            Tokens = Form("access_token=" + accessToken + "&scope=read%3Auser&token_type=bearer"),
            AccessToken = accessToken,
            UserCode = "WDJB-MJHT",
            IntervalSeconds = 5,
            DeviceAuthorizationUrl = "https://github.com/login/device/code",
            TokenUrl = "https://github.com/login/oauth/access_token",
            DeviceAuthorizationForm = FormOf("client_id", "Iv1.8a61f9b3a7aba766", "scope", "read:user"),
            TokenForm = FormOf("client_id", "Iv1.8a61f9b3a7aba766", "device_code", deviceCode, "grant_type", Urn),
            ShortVerificationUrl = "github.com/login/device",
            Secrets = new[] { deviceCode, accessToken },
        };
    }

    private static ProviderFake Google()
    {
        // developers.google.com/identity/protocols/oauth2/limited-input-device: verification_url, expires_in 1800,
        // client_secret with every request of a "TVs and Limited Input devices" client. Pending as HTTP 428 is from
        // reference §2 (secondary); the other statuses are the RFC 6749 §5.2 default.
        const string deviceCode = "AH-1Ng2Ah8SO3XswKWbeBP0qQ1gLxtU3ZmgVNI0x";
        const string accessToken = "ya29.a0AfH6SMBx-secret";
        const string clientId = "1234567890-abc123def456.apps.googleusercontent.com";
        const string secret = "GOCSPX-s3cr3t";
        return new ProviderFake
        {
            Preset = "google",
            Settings = new() { ClientId = clientId, ClientSecret = secret },
            DeviceAuthorization = Json(200, "{\"device_code\":\"" + deviceCode + "\",\"user_code\":\"GQVQ-JKEC\",\"verification_url\":\"https://www.google.com/device\",\"expires_in\":1800,\"interval\":5}"),
            Pending = Json(428, "{\n  \"error\": \"authorization_pending\",\n  \"error_description\": \"Precondition Required\"\n}"),
            SlowDown = Json(400, "{\"error\":\"slow_down\",\"error_description\":\"Forbidden\"}"),
            Denied = Json(400, "{\"error\":\"access_denied\",\"error_description\":\"Forbidden\"}"),
            Expired = new[] { Json(400, "{\"error\":\"expired_token\",\"error_description\":\"Bad Request\"}") },
            Tokens = Json(200, "{\"access_token\":\"" + accessToken + "\",\"expires_in\":3599,\"refresh_token\":\"1//xEoDL4iW3cxlI7yDbSRFYNG01kVKM2C-secret\",\"scope\":\"openid https://www.googleapis.com/auth/userinfo.email\",\"token_type\":\"Bearer\",\"id_token\":\"eyJhbGciOiJSUzI1NiJ9\"}"),
            AccessToken = accessToken,
            UserCode = "GQVQ-JKEC",
            IntervalSeconds = 5,
            DeviceAuthorizationUrl = "https://oauth2.googleapis.com/device/code",
            TokenUrl = "https://oauth2.googleapis.com/token",
            // The page documents client_id and scope; a client with a secret also authenticates here (RFC 8628 §3.1).
            DeviceAuthorizationForm = FormOf("client_id", clientId, "client_secret", secret, "scope", "openid email"),
            TokenForm = FormOf("client_id", clientId, "client_secret", secret, "device_code", deviceCode, "grant_type", Urn),
            ShortVerificationUrl = "google.com/device",
            Secrets = new[] { deviceCode, accessToken, secret },
        };
    }

    private static ProviderFake Entra()
    {
        // learn.microsoft.com/entra/identity-platform/v2-oauth2-device-code: tenant in the path, "message", no
        // verification_uri_complete, pending as 400 with AADSTS70016 (reference §2), authorization_declined.
        // slow_down is not in Entra's list; the RFC shape stands in.
        const string deviceCode = "DAQABAAEAAAD--DLA3VO7QrddgJg7WevrAgAAAAAAAAA-secret";
        const string accessToken = "eyJ0eXAiOiJKV1QiLCJub25jZSI6-secret";
        const string clientId = "00001111-aaaa-2222-bbbb-3333cccc4444";
        return new ProviderFake
        {
            Preset = "entra",
            Settings = new() { ClientId = clientId, Tenant = "contoso.onmicrosoft.com" },
            DeviceAuthorization = Json(200, "{\"user_code\":\"FJQ8ZK5LM\",\"device_code\":\"" + deviceCode + "\",\"verification_uri\":\"https://microsoft.com/devicelogin\",\"expires_in\":900,\"interval\":5,\"message\":\"To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code FJQ8ZK5LM to authenticate.\"}"),
            Pending = Json(400, "{\"error\":\"authorization_pending\",\"error_description\":\"AADSTS70016: OAuth 2.0 device flow error. Authorization is pending. Continue polling.\",\"error_codes\":[70016],\"timestamp\":\"2026-11-27 08:00:00Z\",\"trace_id\":\"0d5f\",\"correlation_id\":\"9a1c\"}"),
            SlowDown = RfcError("slow_down"),
            Denied = Json(400, "{\"error\":\"authorization_declined\",\"error_description\":\"AADSTS70000: The user declined.\",\"error_codes\":[70000]}"),
            Expired = new[] { Json(400, "{\"error\":\"expired_token\",\"error_description\":\"AADSTS70020: The provided value for the input parameter 'device_code' is not valid. This device code has expired.\",\"error_codes\":[70020]}") },
            Tokens = Json(200, "{\"token_type\":\"Bearer\",\"scope\":\"openid profile User.Read\",\"expires_in\":\"3599\",\"ext_expires_in\":3599,\"access_token\":\"" + accessToken + "\",\"refresh_token\":\"AwABAAAAvPM1KaPlrEqdFSBzjqfTGAMxZGUTdM0t4B4-secret\"}"),
            AccessToken = accessToken,
            UserCode = "FJQ8ZK5LM",
            IntervalSeconds = 5,
            DeviceAuthorizationUrl = "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/devicecode",
            TokenUrl = "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token",
            DeviceAuthorizationForm = FormOf("client_id", clientId, "scope", "openid profile User.Read offline_access"),
            TokenForm = FormOf("client_id", clientId, "device_code", deviceCode, "grant_type", Urn),
            ShortVerificationUrl = "microsoft.com/devicelogin",
            Secrets = new[] { deviceCode, accessToken },
        };
    }

    private static ProviderFake Amazon()
    {
        // developer.amazon.com/docs/login-with-amazon/retrieve-code-other-platforms-cbl-docs.html (response_type,
        // interval 30, expires_in 600) and retrieve-token-other-platforms-cbl-docs.html (grant_type=device_code,
        // user_code). Its error answers are not shown there; the RFC shape stands in. client_id is sent as RFC 8628
        // §3.4 requires of a public client, though Amazon's example omits it.
        const string deviceCode = "74tq5miHKB-secret";
        const string accessToken = "Atza|IQEBLjAsAhRmHjNgHpi0U-secret";
        const string clientId = "amzn1.application-oa2-client.5e0256cabe";
        return new ProviderFake
        {
            Preset = "amazon",
            Settings = new() { ClientId = clientId },
            DeviceAuthorization = Json(200, Standard(deviceCode, "AAYJHL", "https://amazon.com/code", false, 600, 30)),
            Pending = RfcError("authorization_pending"),
            SlowDown = RfcError("slow_down"),
            Denied = RfcError("access_denied"),
            Expired = new[] { RfcError("expired_token") },
            Tokens = Json(200, "{\"access_token\":\"" + accessToken + "\",\"refresh_token\":\"Atzr|IQEBLzAtAhRPpMJxdwVz2Nn6f2y-secret\",\"token_type\":\"bearer\",\"expires_in\":3600}"),
            AccessToken = accessToken,
            UserCode = "AAYJHL",
            IntervalSeconds = 30,
            DeviceAuthorizationUrl = "https://api.amazon.com/auth/o2/create/codepair",
            TokenUrl = "https://api.amazon.com/auth/o2/token",
            DeviceAuthorizationForm = FormOf("response_type", "device_code", "client_id", clientId, "scope", "profile"),
            TokenForm = FormOf("grant_type", "device_code", "device_code", deviceCode, "user_code", "AAYJHL", "client_id", clientId),
            ShortVerificationUrl = "amazon.com/code",
            Secrets = new[] { deviceCode, accessToken },
        };
    }
}
