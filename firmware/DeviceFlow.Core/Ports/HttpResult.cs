namespace DeviceFlow.Core.Ports
{
    /// <summary>How an exchange ended at the transport level, before any OAuth meaning is given to it.</summary>
    public enum TransportOutcome
    {
        /// <summary>A complete HTTP response arrived (any status code).</summary>
        Completed,

        /// <summary>No answer in time.</summary>
        Timeout,

        /// <summary>DNS, TCP or TLS failed before a response.</summary>
        ConnectionFailed,

        /// <summary>The response body exceeded the request's cap and was not read.</summary>
        BodyTooLarge,

        /// <summary>Anything else (socket closed mid-response, out of memory, ...).</summary>
        Failed,
    }

    /// <summary>The transport's answer: status, content type and a bounded body, or a failure.</summary>
    public sealed class HttpResult
    {
        /// <summary>Retry-After is unknown (absent, or the platform cannot read response headers).</summary>
        public const int NoRetryAfter = -1;

        private HttpResult(TransportOutcome outcome, int statusCode, string contentType, string body, int retryAfterSeconds, string failureDetail)
        {
            Outcome = outcome;
            StatusCode = statusCode;
            ContentType = contentType;
            Body = body;
            RetryAfterSeconds = retryAfterSeconds;
            FailureDetail = failureDetail;
        }

        public TransportOutcome Outcome { get; }

        public int StatusCode { get; }

        /// <summary>Content-Type header value, possibly with parameters, or null.</summary>
        public string ContentType { get; }

        public string Body { get; }

        /// <summary>Seconds from a Retry-After header (RFC 9110 §10.2.3), or <see cref="NoRetryAfter"/>.</summary>
        public int RetryAfterSeconds { get; }

        /// <summary>A short, secret-free description of a transport failure, for the log.</summary>
        public string FailureDetail { get; }

        public static HttpResult Completed(int statusCode, string contentType, string body, int retryAfterSeconds)
        {
            return new HttpResult(TransportOutcome.Completed, statusCode, contentType, body, retryAfterSeconds, null);
        }

        public static HttpResult Failure(TransportOutcome outcome, string detail)
        {
            return new HttpResult(outcome, 0, null, null, NoRetryAfter, detail);
        }
    }
}
