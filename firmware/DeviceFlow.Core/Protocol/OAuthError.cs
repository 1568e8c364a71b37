using DeviceFlow.Core.Json;

namespace DeviceFlow.Core.Protocol
{
    /// <summary>An error response in the RFC 6749 §5.2 format, which RFC 8628 §3.2 and §3.5 reuse.</summary>
    public sealed class OAuthError
    {
        /// <summary>RFC 8628 §3.5: the user has not yet finished; poll again after the interval.</summary>
        public const string AuthorizationPending = "authorization_pending";

        /// <summary>RFC 8628 §3.5: still pending, and the interval MUST grow by 5 seconds.</summary>
        public const string SlowDown = "slow_down";

        /// <summary>RFC 8628 §3.5: the user declined.</summary>
        public const string AccessDenied = "access_denied";

        /// <summary>RFC 8628 §3.5: the device_code ran out; a new one must be requested.</summary>
        public const string ExpiredToken = "expired_token";

        /// <summary>Entra's spelling of a declined request (Microsoft identity platform, device code flow).</summary>
        public const string AuthorizationDeclined = "authorization_declined";

        // RFC 6749 §5.2: the token endpoint's error codes.
        public const string InvalidRequest = "invalid_request";
        public const string InvalidClient = "invalid_client";
        public const string InvalidGrant = "invalid_grant";
        public const string UnauthorizedClient = "unauthorized_client";
        public const string UnsupportedGrantType = "unsupported_grant_type";
        public const string InvalidScope = "invalid_scope";

        /// <summary>
        /// Codes an answer is compared with where it stands, so the code every poll reads allocates nothing: the
        /// §3.5 codes, Entra's, GitHub's bad_verification_code, and the RFC 6749 §5.2 codes a token endpoint sends.
        /// </summary>
        private static readonly string[] KnownCodes =
        {
            AuthorizationPending, SlowDown, AccessDenied, ExpiredToken, AuthorizationDeclined, "bad_verification_code",
            InvalidRequest, InvalidClient, InvalidGrant, UnauthorizedClient, UnsupportedGrantType, InvalidScope,
        };

        private readonly string _description;
        private readonly string _uri;
        private readonly JsonTree _answer;

        /// <summary>
        /// RFC 6749 §5.2 codes that say the client or its configuration is refused, not the grant: retrying the same
        /// request cannot help; a fix in config.json or at the provider can (invalid_grant is the grant's own end).
        /// </summary>
        public static bool IsClientProblem(string code)
        {
            return code == InvalidClient || code == UnauthorizedClient || code == InvalidScope || code == UnsupportedGrantType;
        }

        public OAuthError(string code, string description, string uri)
        {
            Code = code;
            _description = description;
            _uri = uri;
        }

        private OAuthError(string code, JsonTree answer)
        {
            Code = code;
            _answer = answer;
        }

        /// <summary>The "error" member: the only thing that decides what the client does (never the HTTP status).</summary>
        public string Code { get; }

        /// <summary>Read from the answer when asked: the poll loop never needs it (tools/Measure, table 4).</summary>
        public string Description
        {
            get { return _answer == null ? _description : Fields.GetString(_answer, "error_description"); }
        }

        public string Uri
        {
            get { return _answer == null ? _uri : Fields.GetString(_answer, "error_uri"); }
        }

        /// <summary>The error in a response, or null when it carries no non-empty string "error" member.</summary>
        public static OAuthError FromFields(JsonTree fields)
        {
            int node = fields.Find(JsonTree.Root, "error");
            if (node < 0)
            {
                return null;
            }

            for (int i = 0; i < KnownCodes.Length; i++)
            {
                if (fields.StringEquals(node, KnownCodes[i]))
                {
                    return new OAuthError(KnownCodes[i], fields);
                }
            }

            string code = Fields.GetString(fields, "error");
            return code == null ? null : new OAuthError(code, fields);
        }
    }
}
