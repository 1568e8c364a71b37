using DeviceFlow.Core.Json;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Core.Protocol
{
    public enum AnswerKind
    {
        /// <summary>A readable success body.</summary>
        Fields,

        /// <summary>An RFC 6749 §5.2 error, whatever the HTTP status (GitHub and Entra send errors with 200).</summary>
        Error,

        /// <summary>HTTP 429 without an error member: the server asks the client to slow down.</summary>
        Throttled,

        /// <summary>No answer, or a server-side failure (5xx): worth retrying later.</summary>
        Transient,

        /// <summary>An answer that is not OAuth (HTML page, truncated JSON, oversize, 4xx without error).</summary>
        Unusable,
    }

    /// <summary>
    /// What an endpoint said, read from a transport result. Decides by the body's "error" member first and by
    /// the status code only when there is none: pending arrives as 200, 400, 403 or 428 depending on the provider.
    /// </summary>
    public sealed class ServerAnswer
    {
        private ServerAnswer(AnswerKind kind, JsonTree fields, OAuthError error, string problem, int retryAfterSeconds)
        {
            Kind = kind;
            Fields = fields;
            Error = error;
            Problem = problem;
            RetryAfterSeconds = retryAfterSeconds;
        }

        public AnswerKind Kind { get; }

        /// <summary>The answer's members (a JSON object; a form answer is read as the object it stands for).</summary>
        public JsonTree Fields { get; }

        public OAuthError Error { get; }

        /// <summary>A short, secret-free reason for Transient and Unusable answers.</summary>
        public string Problem { get; }

        public int RetryAfterSeconds { get; }

        public static ServerAnswer Read(HttpResult result, int maxBytes)
        {
            if (result.Outcome != TransportOutcome.Completed)
            {
                return result.Outcome == TransportOutcome.BodyTooLarge
                    ? Unusable("response larger than " + maxBytes + " bytes")
                    : new ServerAnswer(AnswerKind.Transient, null, null, Describe(result.Outcome, result.FailureDetail), HttpResult.NoRetryAfter);
            }

            string body = result.Body == null ? string.Empty : result.Body;
            if (body.Length > maxBytes)
            {
                return Unusable("response larger than " + maxBytes + " bytes");
            }

            string jsonProblem;
            JsonTree fields = ParseBody(body, result.ContentType, out jsonProblem);
            OAuthError error = fields == null ? null : OAuthError.FromFields(fields);
            int status = result.StatusCode;
            if (error != null)
            {
                return new ServerAnswer(AnswerKind.Error, fields, error, null, result.RetryAfterSeconds);
            }

            if (status == 429)
            {
                return new ServerAnswer(AnswerKind.Throttled, fields, null, "HTTP 429", result.RetryAfterSeconds);
            }

            if (status >= 500)
            {
                return new ServerAnswer(AnswerKind.Transient, null, null, "HTTP " + status, result.RetryAfterSeconds);
            }

            if (fields == null)
            {
                return Unusable("HTTP " + status + (jsonProblem != null ? ", " + jsonProblem : body.Length == 0 ? ", empty body" : ", body is neither JSON nor a form"));
            }

            if (status < 200 || status > 299)
            {
                return Unusable("HTTP " + status + " without an OAuth error");
            }

            return new ServerAnswer(AnswerKind.Fields, fields, null, null, result.RetryAfterSeconds);
        }

        public static ServerAnswer Unusable(string problem)
        {
            return new ServerAnswer(AnswerKind.Unusable, null, null, problem, HttpResult.NoRetryAfter);
        }

        /// <summary>
        /// A JSON object, or a form labelled as one; null otherwise, with <paramref name="jsonProblem"/> set when the
        /// body looked like JSON but is not (what and where, never a value).
        /// </summary>
        private static JsonTree ParseBody(string body, string contentType, out string jsonProblem)
        {
            jsonProblem = null;
            int first = 0;
            while (first < body.Length && (body[first] == ' ' || body[first] == '\t' || body[first] == '\r' || body[first] == '\n' || body[first] == '\uFEFF'))
            {
                first++;
            }

            if (first == body.Length)
            {
                return null;
            }

            if (body[first] == '{')
            {
                return JsonTree.Parse(body, out jsonProblem);
            }

            // GitHub answers form-encoded unless asked for JSON with an Accept header, which nanoFramework's
            // HttpClient refuses to set (reference §1); so a form body is read when it is labelled as one.
            bool labelledForm = contentType != null && contentType.ToLower().IndexOf(HttpRequest.FormContentType) >= 0;
            return labelledForm ? FormUrlEncoding.Parse(body.Trim()) : null;
        }

        private static string Describe(TransportOutcome outcome, string detail)
        {
            string what = outcome == TransportOutcome.Timeout ? "timeout"
                : outcome == TransportOutcome.ConnectionFailed ? "cannot connect"
                : "connection failed";
            return detail == null ? what : what + " (" + detail + ")";
        }
    }
}
