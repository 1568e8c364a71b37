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

        /// <summary>The resource server refused a token that was refreshed just for it: RFC 6750 §3.1 allows one retry only.</summary>
        Refused,
    }

    /// <summary>A token for the resource server, or why there is none. Holds a secret: never log it.</summary>
    public sealed class AccessTokenResult
    {
        public AccessTokenResult(AccessTokenStatus status, string accessToken, string tokenType, string reason, long retryAtMs)
        {
            Status = status;
            AccessToken = accessToken;
            TokenType = tokenType;
            Reason = reason;
            RetryAtMs = retryAtMs;
        }

        public AccessTokenStatus Status { get; }

        /// <summary>The token to send, or null unless <see cref="Status"/> is Ok.</summary>
        public string AccessToken { get; }

        public string TokenType { get; }

        /// <summary>A short, secret-free reason for the screen and the log, or null.</summary>
        public string Reason { get; }

        /// <summary>Monotonic time before which no refresh will be tried again (backoff), or 0.</summary>
        public long RetryAtMs { get; }

        /// <summary>The Authorization header value (RFC 6750 §2.1), or null.</summary>
        public string AuthorizationHeader
        {
            get { return AccessToken == null ? null : "Bearer " + AccessToken; }
        }
    }
}
