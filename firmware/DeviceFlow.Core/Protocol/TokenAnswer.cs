namespace DeviceFlow.Core.Protocol
{
    /// <summary>What a token-endpoint answer means for the client (RFC 8628 §3.5, RFC 6749 §5).</summary>
    public enum TokenAnswerKind
    {
        Tokens,

        /// <summary>authorization_pending: ask again after the interval.</summary>
        Pending,

        /// <summary>slow_down, or HTTP 429: add 5 seconds to the interval for good.</summary>
        SlowDown,

        /// <summary>access_denied (or Entra's authorization_declined): the user said no.</summary>
        Denied,

        /// <summary>expired_token: the device code has lapsed.</summary>
        Expired,

        /// <summary>Any other error code: stop (§3.5 "MUST stop polling").</summary>
        Rejected,

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
