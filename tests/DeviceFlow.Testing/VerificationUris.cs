namespace DeviceFlow.Testing;

/// <summary>
/// The verification URIs the presets and the DevServer hand the show-code screen, with a user code of each
/// provider's shape. Templates ({domain}, {realm}) get a typical tenant of their documentation's form.
/// </summary>
public static class VerificationUris
{
    /// <summary>One row: the name, the user code, verification_uri, and verification_uri_complete (null when the provider sends none).</summary>
    public sealed record Row(string Name, string UserCode, string Uri, string? Complete)
    {
        /// <summary>What the QR holds: the complete URI when there is one (RFC 8628 §3.3.1).</summary>
        public string QrText => Complete ?? Uri;
    }

    /// <summary>
    /// The DevServer (OpenIddict) on a five-digit dynamic port, its 12-digit user code as OpenIddict formats it
    /// (README "Run the firmware on this PC"); the path is tools/DevServer OpenIddictSetup.VerificationPath.
    /// </summary>
    public static readonly Row DevServer = new("oidc (DevServer)", "7318-3248-2294", "https://127.0.0.1:54321/device", "https://127.0.0.1:54321/device?user_code=7318-3248-2294");

    /// <summary>docs.github.com "Authorizing OAuth apps", device flow: no complete URI.</summary>
    public static readonly Row GitHub = new("GitHub", "WDJB-MJHT", "https://github.com/login/device", null);

    /// <summary>developers.google.com "OAuth 2.0 for TV and Limited-Input Device Applications": verification_url, no complete URI.</summary>
    public static readonly Row Google = new("Google", "GQVQ-JKEC", "https://www.google.com/device", null);

    /// <summary>learn.microsoft.com "OAuth 2.0 device authorization grant" (v2-oauth2-device-code): no complete URI.</summary>
    public static readonly Row Entra = new("Entra", "FJ7Q8VXMA", "https://microsoft.com/devicelogin", null);

    /// <summary>The four URIs of Measure table 7.</summary>
    public static readonly Row[] Measured = { DevServer, GitHub, Google, Entra };

    /// <summary>Every preset's URI that fits a version-3 QR, templates filled with tenants of their documentation's form.</summary>
    public static readonly Row[] All =
    {
        DevServer,
        DevServer with { Name = "oidc (DevServer), plain", Complete = null },
        GitHub,
        Google,
        Entra,
        Entra with { Name = "Entra, newer page", Uri = "https://login.microsoft.com/device" },
        new("Amazon", "C7L4CA", "https://amazon.com/code", null),
        new("Auth0", "KPDM-TDGH", "https://dev-abc123.us.auth0.com/activate", "https://dev-abc123.us.auth0.com/activate?user_code=KPDM-TDGH"),
        new("Okta", "KPDMTDGH", "https://dev-12345678.okta.com/activate", "https://dev-12345678.okta.com/activate?user_code=KPDMTDGH"),
    };

    /// <summary>
    /// Keycloak's complete URI (realm in the path, user_code query) needs version 4 even with scheme and host in capitals:
    /// the screen shows no QR and says so (the URL and the code are all the user needs).
    /// </summary>
    public static readonly Row Keycloak = new("Keycloak", "ABCD-EFGH", "https://keycloak.example.com/realms/myrealm/device", "https://keycloak.example.com/realms/myrealm/device?user_code=ABCD-EFGH");
}
