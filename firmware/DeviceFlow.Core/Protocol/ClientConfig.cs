namespace DeviceFlow.Core.Protocol
{
    /// <summary>How the client proves who it is at the token endpoint (RFC 6749 §2.3.1).</summary>
    public enum ClientAuthStyle
    {
        /// <summary>A public client: client_id in the body, no secret (the usual device client, RFC 8628 §5.6).</summary>
        None,

        /// <summary>client_id and client_secret in the body (what Google's device flow documents).</summary>
        RequestBody,

        /// <summary>HTTP Basic with the form-encoded id and secret; the interoperable default of RFC 6749 §2.3.1.</summary>
        BasicHeader,
    }

    /// <summary>The OAuth client: who it is and which endpoints it talks to.</summary>
    public sealed class ClientConfig
    {
        /// <summary>Bodies above this are refused unread (DESIGN.md: size-capped bodies on a ~100 KB heap).</summary>
        public const int DefaultMaxResponseBytes = 8192;

        public string ClientId { get; set; }

        /// <summary>Null for a public client. Never logged or shown.</summary>
        public string ClientSecret { get; set; }

        public string Scope { get; set; }

        public ClientAuthStyle AuthStyle { get; set; }

        public string DeviceAuthorizationUrl { get; set; }

        public string TokenUrl { get; set; }

        /// <summary>RFC 7009 revocation endpoint, or null when the provider has none (a reset then only forgets).</summary>
        public string RevocationUrl { get; set; }

        public int MaxResponseBytes { get; set; } = DefaultMaxResponseBytes;

        /// <summary>
        /// Name/value pairs (name, value, name, value ...) added to the device authorization request: Auth0's
        /// audience, Login with Amazon's response_type=device_code. Null for none.
        /// </summary>
        public string[] ExtraDeviceAuthorizationParameters { get; set; }

        /// <summary>grant_type of the device access token request; null means RFC 8628's URN (Amazon uses "device_code").</summary>
        public string DeviceCodeGrantType { get; set; }

        /// <summary>Send user_code with each device access token request, as Login with Amazon requires.</summary>
        public bool SendUserCodeWhenPolling { get; set; }
    }
}
