using DeviceFlow.Core.Protocol;

namespace DeviceFlow.Core.Providers
{
    /// <summary>
    /// The identity providers the firmware knows by name. Each fact carries its source; the reference file
    /// is /work/shared/reference/deviceflow-providers-and-peers.md §2 (cited as "reference §2").
    /// </summary>
    public static class ProviderPresets
    {
        private static ProviderPreset[] _all;

        /// <summary>Every preset, in the README's order.</summary>
        public static ProviderPreset[] All
        {
            get
            {
                if (_all == null)
                {
                    _all = new ProviderPreset[] { GitHub(), Google(), Entra(), Auth0(), Okta(), Keycloak(), Amazon() };
                }

                return _all;
            }
        }

        /// <summary>The preset config.json names (case-insensitive; "microsoft" is Entra), or null when unknown.</summary>
        public static ProviderPreset Find(string name)
        {
            if (name == null)
            {
                return null;
            }

            string wanted = name.Trim().ToLower();
            if (wanted == "microsoft" || wanted == "azure")
            {
                wanted = "entra";
            }

            ProviderPreset[] all = All;
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i].Name == wanted)
                {
                    return all[i];
                }
            }

            return null;
        }

        /// <summary>The names, for an "unknown provider" message.</summary>
        public static string Names()
        {
            string names = string.Empty;
            ProviderPreset[] all = All;
            for (int i = 0; i < all.Length; i++)
            {
                names = names + (i == 0 ? string.Empty : ", ") + all[i].Name;
            }

            return names;
        }

        private static ProviderPreset GitHub()
        {
            // Endpoints, user page and error codes: docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
            // ("Device flow"; reference §2). Answers are form-encoded unless Accept: application/json is sent, which
            // nanoFramework's HttpClient cannot set; errors come with HTTP 200 (ramosbugs/oauth2-rs#218); slow_down
            // carries the new interval (same page, "Error codes for the device flow"); no verification_uri_complete
            // (git-credential-manager#1437). The core already reads all of that.
            return new ProviderPreset
            {
                Name = "github",
                DeviceAuthorizationUrlTemplate = "https://github.com/login/device/code",
                TokenUrlTemplate = "https://github.com/login/oauth/access_token",
                DefaultScope = "read:user",
                AuthStyle = ClientAuthStyle.None,
                ErrorHints = new string[]
                {
                    // device_flow_disabled until the app's "Enable Device Flow" box is ticked (jupyterhub/gh-scoped-creds#9).
                    "device_flow_disabled", "Enable Device Flow in the GitHub app settings",
                    "incorrect_client_credentials", "Wrong client_id in config.json",
                    "incorrect_device_code", "Code not recognised: press to try again",
                    OAuthError.UnsupportedGrantType, "GitHub refused the device grant",
                },
            };
        }

        private static ProviderPreset Google()
        {
            // OAuth 2.0 for TV and Limited-Input Device Applications
            // (developers.google.com/identity/protocols/oauth2/limited-input-device): POST https://oauth2.googleapis.com/device/code
            // with client_id and scope; the answer names the page "verification_url" (golang/oauth2#666); the client type
            // must be "TVs and Limited Input devices"; only a limited set of scopes is allowed (same page, "Allowed scopes":
            // openid, email, profile, drive.file, youtube ...). Polling needs client_secret in the body (cli/oauth#24,
            // ramosbugs/oauth2-rs examples/google_devicecode.rs AuthType::RequestBody).
            return new ProviderPreset
            {
                Name = "google",
                DeviceAuthorizationUrlTemplate = "https://oauth2.googleapis.com/device/code",
                TokenUrlTemplate = "https://oauth2.googleapis.com/token",
                // RFC 7009 endpoint from Google's discovery document (reference §1.8, RFC 7009 row).
                RevocationUrlTemplate = "https://oauth2.googleapis.com/revoke",
                DefaultScope = "openid email",
                AuthStyle = ClientAuthStyle.RequestBody,
                RequiresClientSecret = true,
                ErrorHints = new string[]
                {
                    // invalid_client: wrong secret, or a client type other than TVs and Limited Input
                    // (developers.google.com/nest/device-access/reference/errors/authorization, "Invalid client").
                    OAuthError.InvalidClient, "Check client_id/secret; client type must be TVs and Limited Input",
                    OAuthError.InvalidScope, "Scope not allowed for TV/limited-input clients",
                },
            };
        }

        private static ProviderPreset Entra()
        {
            // MicrosoftDocs/entra-docs docs/identity-platform/v2-oauth2-device-code.md
            // (learn.microsoft.com/entra/identity-platform/v2-oauth2-device-code): POST
            // https://login.microsoftonline.com/{tenant}/oauth2/v2.0/devicecode, tenant common/organizations/consumers/GUID;
            // scope required; answer adds "message"; verification_uri_complete "not included or supported"; errors
            // authorization_declined and bad_verification_code. offline_access is what yields a refresh token
            // (same docs, "offline_access" scope; MSAL.NET adds it to every request).
            return new ProviderPreset
            {
                Name = "entra",
                DeviceAuthorizationUrlTemplate = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/devicecode",
                TokenUrlTemplate = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token",
                DefaultScope = "openid profile User.Read",
                RequiredScope = "offline_access",
                DefaultTenant = "common",
                AuthStyle = ClientAuthStyle.None,
                ErrorHints = new string[]
                {
                    // AADSTS7000218 "must contain 'client_assertion' or 'client_secret'" when the app registration does not
                    // allow public client flows (toblum/ESPTeamsPresence#28, #30).
                    "AADSTS7000218", "Entra: turn on Allow public client flows",
                    // AADSTS50196: the service's loop detection after too many requests (AzureAD/microsoft-authentication-library-for-dotnet#1495).
                    "AADSTS50196", "Entra throttled the device: wait, then retry",
                    // When the description names no AADSTS number (or a refresh reports only the code), invalid_client
                    // from a public client most often has the same cause (same issues).
                    OAuthError.InvalidClient, "Entra: allow public client flows; check client_id",
                    OAuthError.AuthorizationDeclined, "Sign-in was declined",
                    "bad_verification_code", "Code not recognised: press to try again",
                },
            };
        }

        private static ProviderPreset Auth0()
        {
            // Auth0 Authentication API, "Authorize device" (POST https://{yourDomain}/oauth/device/code with client_id,
            // scope, audience; offline_access for a refresh token) and the device quickstart: slow_down arrives as
            // HTTP 429, pending as 403, "expired_token error is returned exactly once. After that, the endpoint returns
            // the invalid_grant error" (auth0 docs mirrors auth0-feat-authentication-api-migration.auth0-mintlify.app
            // .../device-authorization-flow/authorize-device and auth0-migration.mintlify.app/docs/quickstart/native/device).
            // The application needs the Device Code grant; the API needs "Allow Offline Access" (call-your-api-using-
            // the-device-authorization-flow page, "Prerequisites").
            return new ProviderPreset
            {
                Name = "auth0",
                DeviceAuthorizationUrlTemplate = "https://{domain}/oauth/device/code",
                TokenUrlTemplate = "https://{domain}/oauth/token",
                // auth0.com/docs/secure/tokens/refresh-tokens/revoke-refresh-tokens: "Authentication API /oauth/revoke endpoint".
                RevocationUrlTemplate = "https://{domain}/oauth/revoke",
                DefaultScope = "openid profile",
                RequiredScope = "offline_access",
                SendsAudience = true,
                AuthStyle = ClientAuthStyle.None,
                ErrorHints = new string[]
                {
                    OAuthError.UnauthorizedClient, "Auth0: enable the Device Code grant for the app",
                    OAuthError.InvalidGrant, "Code no longer valid: press to try again",
                },
            };
        }

        private static ProviderPreset Okta()
        {
            // developer.okta.com/docs/guides/device-authorization-grant/main: a Native OIDC app with the "Device
            // Authorization" and "Refresh Token" grants; org and custom authorization servers both support it; requests
            // go to https://{domain}/oauth2/{authorizationServerId}/v1/device/authorize and .../v1/token (the guide
            // uses "default"; the same paths in clients, e.g. issuer f"https://{domain}/oauth2/default" + "/v1/device/authorize").
            return new ProviderPreset
            {
                Name = "okta",
                DeviceAuthorizationUrlTemplate = "https://{domain}/oauth2/{authorization_server}/v1/device/authorize",
                TokenUrlTemplate = "https://{domain}/oauth2/{authorization_server}/v1/token",
                // developer.okta.com/docs/api/openapi/okta-oauth/oauth/customas/revokecustomas: POST /oauth2/{authorizationServerId}/v1/revoke.
                RevocationUrlTemplate = "https://{domain}/oauth2/{authorization_server}/v1/revoke",
                DefaultScope = "openid profile",
                RequiredScope = "offline_access",
                DefaultAuthorizationServer = "default",
                AuthStyle = ClientAuthStyle.None,
                ErrorHints = new string[]
                {
                    OAuthError.UnauthorizedClient, "Okta: allow the Device Authorization grant",
                },
            };
        }

        private static ProviderPreset Keycloak()
        {
            // keycloak/keycloak-community design/oauth2-device-authorization-grant.md (reference §2): device endpoint
            // /realms/{realm}/protocol/openid-connect/auth/device, token /realms/{realm}/protocol/openid-connect/token,
            // user page /realms/{realm}/device; the client needs "OAuth 2.0 Device Authorization Grant Enabled"
            // (blog.please-open.it/posts/device_code). {domain} may carry a path for the legacy /auth prefix.
            return new ProviderPreset
            {
                Name = "keycloak",
                DeviceAuthorizationUrlTemplate = "https://{domain}/realms/{realm}/protocol/openid-connect/auth/device",
                TokenUrlTemplate = "https://{domain}/realms/{realm}/protocol/openid-connect/token",
                // revocation_endpoint of Keycloak realms' openid-configuration documents (.../protocol/openid-connect/revoke).
                RevocationUrlTemplate = "https://{domain}/realms/{realm}/protocol/openid-connect/revoke",
                DefaultScope = "openid",
                AuthStyle = ClientAuthStyle.None,
                ErrorHints = new string[]
                {
                    OAuthError.UnauthorizedClient, "Keycloak: enable OAuth 2.0 Device Authorization Grant",
                },
            };
        }

        private static ProviderPreset Amazon()
        {
            // Login with Amazon, code-based linking: developer.amazon.com/docs/login-with-amazon/retrieve-code-other-platforms-cbl-docs.html
            // (POST https://api.amazon.com/auth/o2/create/codepair, response_type=device_code REQUIRED, scope REQUIRED:
            // profile, profile:user_id, postal_code) and .../retrieve-token-other-platforms-cbl-docs.html (POST
            // https://api.amazon.com/auth/o2/token, grant_type=device_code - not the URN - and user_code REQUIRED).
            // The user page is https://amazon.com/code (.../display-code-other-platforms-cbl-docs.html).
            return new ProviderPreset
            {
                Name = "amazon",
                DeviceAuthorizationUrlTemplate = "https://api.amazon.com/auth/o2/create/codepair",
                TokenUrlTemplate = "https://api.amazon.com/auth/o2/token",
                DefaultScope = "profile",
                FixedDeviceAuthorizationParameters = new string[] { "response_type", "device_code" },
                DeviceCodeGrantType = "device_code",
                SendsUserCodeWhenPolling = true,
                AuthStyle = ClientAuthStyle.None,
                // .../register-other-platforms-cbl-docs.html: a security profile enabled for Login with Amazon, with a device client.
            };
        }
    }
}
