namespace DeviceFlow.Core.Protocol
{
    /// <summary>What a token-endpoint answer means for the client (RFC 8628 §3.5, RFC 6749 §5).</summary>
    public enum TokenAnswerKind
    {
        Tokens,

        /// <summary><see cref="OAuthError.AuthorizationPending"/>: ask again after the interval.</summary>
        Pending,

        /// <summary><see cref="OAuthError.SlowDown"/>, or HTTP 429: add 5 seconds to the interval for good.</summary>
        SlowDown,

        /// <summary><see cref="OAuthError.AccessDenied"/> (or Entra's <see cref="OAuthError.AuthorizationDeclined"/>): the user said no.</summary>
        Denied,

        /// <summary><see cref="OAuthError.ExpiredToken"/>: the device code has lapsed.</summary>
        Expired,

        /// <summary>Any other error code: stop (§3.5 "MUST stop polling").</summary>
        Rejected,

        /// <summary>
        /// Tokens of a type other than Bearer (RFC 6749 §7.1; e.g. RFC 9449 DPoP): unusable by this device, never
        /// stored. The client's registration at the provider asks for them, so retrying cannot help.
        /// </summary>
        UnsupportedTokenType,

        /// <summary>No answer or a 5xx: back off and try again.</summary>
        Transient,

        /// <summary>Not an OAuth answer at all.</summary>
        Unusable,
    }

    public sealed class TokenAnswer
    {
        public TokenAnswer(TokenAnswerKind kind, TokenResponse tokens, OAuthError error, string problem, int serverIntervalSeconds, int retryAfterSeconds)
        {
            Kind = kind;
            Tokens = tokens;
            Error = error;
            Problem = problem;
            ServerIntervalSeconds = serverIntervalSeconds;
            RetryAfterSeconds = retryAfterSeconds;
        }

        public TokenAnswerKind Kind { get; }

        public TokenResponse Tokens { get; }

        public OAuthError Error { get; }

        public string Problem { get; }

        /// <summary>A new interval the server sent with slow_down (GitHub does), or 0.</summary>
        public int ServerIntervalSeconds { get; }

        /// <summary>Retry-After seconds, or -1 when unknown.</summary>
        public int RetryAfterSeconds { get; }

        /// <summary>A short, secret-free reason for the screen and the log.</summary>
        public string Reason
        {
            get
            {
                if (Error != null)
                {
                    return Error.Code;
                }

                return Problem;
            }
        }
    }
}
