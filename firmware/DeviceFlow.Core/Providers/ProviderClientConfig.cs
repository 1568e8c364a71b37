using System.Text;
using DeviceFlow.Core.Protocol;

namespace DeviceFlow.Core.Providers
{
    /// <summary>Turns a preset and the maker's settings into the <see cref="ClientConfig"/> the protocol runs on.</summary>
    public static class ProviderClientConfig
    {
        /// <summary>
        /// The client for <paramref name="preset"/>, or null with a short, secret-free <paramref name="problem"/>
        /// naming the config.json field to fix.
        /// </summary>
        public static ClientConfig Build(ProviderPreset preset, ProviderSettings settings, out string problem)
        {
            problem = null;
            if (preset == null)
            {
                problem = "unknown provider (known: " + ProviderPresets.Names() + ")";
                return null;
            }

            string clientId = settings == null ? null : Trimmed(settings.ClientId);
            if (clientId == null)
            {
                problem = preset.Name + ": client_id missing in config.json";
                return null;
            }

            string secret = Trimmed(settings.ClientSecret);
            if (preset.RequiresClientSecret && secret == null)
            {
                problem = preset.Name + ": client_secret missing in config.json";
                return null;
            }

            string deviceUrl = FillTemplate(preset, preset.DeviceAuthorizationUrlTemplate, settings, out problem);
            string tokenUrl = problem == null ? FillTemplate(preset, preset.TokenUrlTemplate, settings, out problem) : null;
            if (problem != null)
            {
                return null;
            }

            string audience = preset.SendsAudience ? Trimmed(settings.Audience) : null;
            return new ClientConfig
            {
                ClientId = clientId,
                ClientSecret = secret,
                Scope = MergeScope(Trimmed(settings.Scope) == null ? preset.DefaultScope : Trimmed(settings.Scope), preset.RequiredScope),
                AuthStyle = secret == null ? ClientAuthStyle.None : (preset.AuthStyle == ClientAuthStyle.None ? ClientAuthStyle.BasicHeader : preset.AuthStyle),
                DeviceAuthorizationUrl = deviceUrl,
                TokenUrl = tokenUrl,
                RevocationUrl = RevocationUrl(preset, settings),
                ExtraDeviceAuthorizationParameters = ExtraParameters(preset.FixedDeviceAuthorizationParameters, audience),
                DeviceCodeGrantType = preset.DeviceCodeGrantType,
                SendUserCodeWhenPolling = preset.SendsUserCodeWhenPolling,
            };
        }

        /// <summary>
        /// The preset's RFC 7009 revocation endpoint for these settings (the factory reset revokes there), or null
        /// when the provider has none or the settings cannot fill it.
        /// </summary>
        public static string RevocationUrl(ProviderPreset preset, ProviderSettings settings)
        {
            if (preset == null || preset.RevocationUrlTemplate == null)
            {
                return null;
            }

            string problem;
            return FillTemplate(preset, preset.RevocationUrlTemplate, settings, out problem);
        }

        /// <summary>
        /// The client for a provider found by discovery instead of a preset: the metadata's endpoints, the RFC's
        /// parameters, HTTP Basic when there is a secret (RFC 6749 §2.3.1's interoperable default).
        /// </summary>
        public static ClientConfig FromMetadata(AuthorizationServerMetadata metadata, ProviderSettings settings, out string problem)
        {
            problem = metadata == null ? "no provider metadata" : settings == null || Trimmed(settings.ClientId) == null ? "client_id missing in config.json" : null;
            if (problem != null)
            {
                return null;
            }

            string secret = Trimmed(settings.ClientSecret);
            string audience = Trimmed(settings.Audience);
            return new ClientConfig
            {
                ClientId = Trimmed(settings.ClientId),
                ClientSecret = secret,
                Scope = Trimmed(settings.Scope),
                AuthStyle = secret == null ? ClientAuthStyle.None : ClientAuthStyle.BasicHeader,
                DeviceAuthorizationUrl = metadata.DeviceAuthorizationUrl,
                TokenUrl = metadata.TokenUrl,
                RevocationUrl = metadata.RevocationUrl,
                ExtraDeviceAuthorizationParameters = ExtraParameters(null, audience),
            };
        }

        /// <summary>Adds each required scope value that is not already there (scopes are space-separated, RFC 6749 §3.3).</summary>
        public static string MergeScope(string scope, string required)
        {
            string merged = scope == null ? string.Empty : scope;
            string[] needed = required == null ? new string[0] : required.Split(' ');
            for (int i = 0; i < needed.Length; i++)
            {
                if (needed[i].Length > 0 && (" " + merged + " ").IndexOf(" " + needed[i] + " ") < 0)
                {
                    merged = merged.Length == 0 ? needed[i] : merged + " " + needed[i];
                }
            }

            return merged.Length == 0 ? null : merged;
        }

        private static string[] ExtraParameters(string[] fixedParameters, string audience)
        {
            int fixedCount = fixedParameters == null ? 0 : fixedParameters.Length;
            if (fixedCount == 0 && audience == null)
            {
                return null;
            }

            string[] extra = new string[fixedCount + (audience == null ? 0 : 2)];
            for (int i = 0; i < fixedCount; i++)
            {
                extra[i] = fixedParameters[i];
            }

            if (audience != null)
            {
                extra[fixedCount] = "audience";
                extra[fixedCount + 1] = audience;
            }

            return extra;
        }

        /// <summary>Fills {domain}, {tenant}, {realm} and {authorization_server}; each value must be one clean URL piece.</summary>
        private static string FillTemplate(ProviderPreset preset, string template, ProviderSettings settings, out string problem)
        {
            problem = null;
            StringBuilder url = new StringBuilder(template.Length + 32);
            int at = 0;
            while (at < template.Length)
            {
                int open = template.IndexOf('{', at);
                if (open < 0)
                {
                    url.Append(template.Substring(at));
                    break;
                }

                int close = template.IndexOf('}', open);
                url.Append(template.Substring(at, open - at));
                string name = template.Substring(open + 1, close - open - 1);
                string value = PlaceholderValue(preset, name, settings);
                if (value == null)
                {
                    problem = preset.Name + ": " + name + " missing in config.json";
                    return null;
                }

                if (!IsUrlPiece(value, name == "domain"))
                {
                    problem = preset.Name + ": " + name + " has characters a URL cannot carry";
                    return null;
                }

                url.Append(value);
                at = close + 1;
            }

            return url.ToString();
        }

        private static string PlaceholderValue(ProviderPreset preset, string name, ProviderSettings settings)
        {
            switch (name)
            {
                case "domain":
                    return HostOf(Trimmed(settings.Domain));
                case "tenant":
                    return Trimmed(settings.Tenant) == null ? preset.DefaultTenant : Trimmed(settings.Tenant);
                case "realm":
                    return Trimmed(settings.Realm);
                case "authorization_server":
                    return Trimmed(settings.AuthorizationServer) == null ? preset.DefaultAuthorizationServer : Trimmed(settings.AuthorizationServer);
                default:
                    return null;
            }
        }

        /// <summary>Makers paste "https://tenant.auth0.com/" as often as "tenant.auth0.com"; both mean the host.</summary>
        private static string HostOf(string domain)
        {
            if (domain == null)
            {
                return null;
            }

            string host = HttpsUrl.WithoutScheme(domain);

            while (host.Length > 0 && host[host.Length - 1] == '/')
            {
                host = host.Substring(0, host.Length - 1);
            }

            return host.Length == 0 ? null : host;
        }

        /// <summary>Letters, digits and -._~ (RFC 3986 unreserved); a domain may also hold ':' (port) and '/' (path prefix).</summary>
        private static bool IsUrlPiece(string value, bool isDomain)
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
                if (!unreserved && !(isDomain && (c == ':' || (c == '/' && i > 0))))
                {
                    return false;
                }
            }

            return true;
        }

        private static string Trimmed(string value)
        {
            if (value == null)
            {
                return null;
            }

            string trimmed = value.Trim();
            return trimmed.Length == 0 ? null : trimmed;
        }
    }
}
