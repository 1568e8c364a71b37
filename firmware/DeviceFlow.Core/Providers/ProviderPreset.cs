using DeviceFlow.Core.Protocol;

namespace DeviceFlow.Core.Providers
{
    /// <summary>
    /// One identity provider as data: endpoint templates, the parameters it needs and its few protocol quirks.
    /// No class per provider: every difference is a value here, honoured by <see cref="ClientConfig"/> and
    /// <see cref="DeviceFlowProtocol"/>. Facts and their sources are in <see cref="ProviderPresets"/>.
    /// </summary>
    public sealed class ProviderPreset
    {
        /// <summary>The name config.json carries ("github", "google", "entra", ...), lower case.</summary>
        public string Name { get; set; }

        /// <summary>
        /// Endpoint URLs with placeholders filled from <see cref="ProviderSettings"/>:
        /// {domain}, {tenant}, {realm}, {authorization_server}.
        /// </summary>
        public string DeviceAuthorizationUrlTemplate { get; set; }

        public string TokenUrlTemplate { get; set; }

        /// <summary>RFC 7009 revocation endpoint template, or null when the provider has none (Entra, GitHub, Amazon).</summary>
        public string RevocationUrlTemplate { get; set; }

        /// <summary>Used when config.json has no scope.</summary>
        public string DefaultScope { get; set; }

        /// <summary>Scope values always added (e.g. offline_access, without which there is no refresh token).</summary>
        public string RequiredScope { get; set; }

        /// <summary>Default tenant / authorization server when config.json names none; null means "required".</summary>
        public string DefaultTenant { get; set; }

        public string DefaultAuthorizationServer { get; set; }

        public ClientAuthStyle AuthStyle { get; set; }

        /// <summary>True when the provider refuses a client without a secret (Google).</summary>
        public bool RequiresClientSecret { get; set; }

        /// <summary>Name/value pairs always sent with the device authorization request.</summary>
        public string[] FixedDeviceAuthorizationParameters { get; set; }

        /// <summary>True when config.json's "audience" is sent with the device authorization request (Auth0).</summary>
        public bool SendsAudience { get; set; }

        /// <summary>Null for RFC 8628's URN; a provider's own grant_type otherwise.</summary>
        public string DeviceCodeGrantType { get; set; }

        public bool SendsUserCodeWhenPolling { get; set; }

        /// <summary>Provider-specific hints: error code (or AADSTS number) / message pairs, checked before the general ones.</summary>
        public string[] ErrorHints { get; set; }
    }
}
