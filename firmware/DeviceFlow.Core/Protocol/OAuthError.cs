using System.Collections;

namespace DeviceFlow.Core.Protocol
{
    /// <summary>An error response in the RFC 6749 §5.2 format, which RFC 8628 §3.2 and §3.5 reuse.</summary>
    public sealed class OAuthError
    {
        // RFC 8628 §3.5: the device access token response's own codes.
        public const string AuthorizationPending = "authorization_pending";
        public const string SlowDown = "slow_down";
        public const string AccessDenied = "access_denied";
        public const string ExpiredToken = "expired_token";

        /// <summary>Entra's name for access_denied (learn.microsoft.com, device code flow: "authorization_declined").</summary>
        public const string AuthorizationDeclined = "authorization_declined";

        // RFC 6749 §5.2: the token endpoint's error codes.
        public const string InvalidRequest = "invalid_request";
        public const string InvalidClient = "invalid_client";
        public const string InvalidGrant = "invalid_grant";
        public const string UnauthorizedClient = "unauthorized_client";
        public const string UnsupportedGrantType = "unsupported_grant_type";
        public const string InvalidScope = "invalid_scope";

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
            Description = description;
            Uri = uri;
        }

        /// <summary>The "error" member: the only thing that decides what the client does (never the HTTP status).</summary>
        public string Code { get; }

        public string Description { get; }

        public string Uri { get; }

        /// <summary>The error in a response, or null when it carries no string "error" member.</summary>
        public static OAuthError FromFields(Hashtable fields)
        {
            string code = Fields.GetString(fields, "error");
            if (code == null)
            {
                return null;
            }

            return new OAuthError(code, Fields.GetString(fields, "error_description"), Fields.GetString(fields, "error_uri"));
        }
    }
}
