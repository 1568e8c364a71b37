namespace DeviceFlow.Core.Ports
{
    /// <summary>
    /// How an exchange ended at the transport level, before any OAuth meaning is given to it. Every kind but
    /// Completed and BodyTooLarge is retried with backoff (ServerAnswer: Transient): none is certainly permanent
    /// (a clock gets set, a CA gets renewed, a server comes back). The adapters classify from what their HTTP
    /// library really throws (drivers/Https/TransportFailures.cs, tools/Simulator/DeviceFlow.Host/HttpsTransport.cs).
    /// </summary>
    public enum TransportOutcome
    {
        /// <summary>A complete HTTP response arrived (any status code).</summary>
        Completed,

        /// <summary>No answer within the request's time budget.</summary>
        Timeout,

        /// <summary>TCP or TLS failed before a response, for a reason none of the kinds below names.</summary>
        ConnectionFailed,

        /// <summary>The response body exceeded the request's cap and was not kept.</summary>
        BodyTooLarge,

        /// <summary>Anything else (out of memory, an exception no mapping knows, ...).</summary>
        Failed,

        /// <summary>The server's host name did not resolve (DNS).</summary>
        NameNotResolved,

        /// <summary>The server refused the TCP connection (nothing listens on that port).</summary>
        ConnectionRefused,

        /// <summary>The connection was reset or closed by the other side mid-exchange.</summary>
        ConnectionReset,

        /// <summary>The server's certificate did not verify: not issued by the trusted root, expired, or for another host.</summary>
        CertificateRejected,

        /// <summary>A certificate check failed while the device's wall clock was unknown (no SNTP yet) or before the certificate's start.</summary>
        ClockNotSet,

        /// <summary>The other side does not speak TLS (https:// to a plain-HTTP port).</summary>
        ProtocolMismatch,
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

        /// <summary>A short, secret-free description of a transport failure, for the log and the panel.</summary>
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
