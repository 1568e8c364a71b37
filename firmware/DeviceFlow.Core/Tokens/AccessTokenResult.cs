using DeviceFlow.Core.Protocol;

namespace DeviceFlow.Core.Tokens
{
    public enum AccessTokenStatus
    {
        /// <summary><see cref="AccessTokenResult.AccessToken"/> is usable.</summary>
        Ok,

        /// <summary>No tokens: the device must be paired (a button press).</summary>
        NotPaired,

        /// <summary>The server refused the refresh token (invalid_grant) or none is left: pair again.</summary>
        PairingNeeded,

        /// <summary>Expired and the refresh failed for now; try again at <see cref="AccessTokenResult.RetryAtMs"/>.</summary>
        Unavailable,

        /// <summary>
        /// The resource server refused the token (RFC 6750 §3.1) and no refresh can help: it was refreshed just for
        /// this request, or there is no refresh token. The tokens are kept (one 401 may be a glitch); a short press
        /// pairs again, and the new tokens replace these only when that pairing succeeds.
        /// </summary>
        Refused,

        /// <summary>
        /// The provider refused this client or its configuration on refresh (RFC 6749 §5.2 invalid_client,
        /// unauthorized_client, invalid_scope, unsupported_grant_type), or issued a token type the device cannot send
        /// (RFC 6749 §7.1). Retrying the same request cannot help, so none is made until a press or the next boot;
        /// the tokens are kept for when config.json or the provider's setup is fixed. <see cref="AccessTokenResult.Reason"/>
        /// is the error code (Providers.ErrorMessages turns it into what to fix).
        /// </summary>
        ConfigurationRefused,
    }

    /// <summary>A token for the resource server, or why there is none. Holds a secret: never log it.</summary>
    public sealed class AccessTokenResult
    {
        public AccessTokenResult(AccessTokenStatus status, string accessToken, string reason, long retryAtMs)
        {
            Status = status;
            AccessToken = accessToken;
            Reason = reason;
            RetryAtMs = retryAtMs;
        }

        public AccessTokenStatus Status { get; }

        /// <summary>The token to send, or null unless <see cref="Status"/> is Ok.</summary>
        public string AccessToken { get; }

        /// <summary>A short, secret-free reason for the screen and the log, or null.</summary>
        public string Reason { get; }

        /// <summary>Monotonic time before which no refresh will be tried again (backoff), or 0.</summary>
        public long RetryAtMs { get; }

        /// <summary>
        /// The Authorization header value (RFC 6750 §2.1), or null. Always Bearer: tokens of any other type are
        /// refused before they are stored (DeviceFlowProtocol, TokenResponse.IsBearer).
        /// </summary>
        public string AuthorizationHeader
        {
            get { return AccessToken == null ? null : TokenResponse.Bearer + " " + AccessToken; }
        }
    }
}
