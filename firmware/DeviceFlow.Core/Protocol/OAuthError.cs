using System.Collections;

namespace DeviceFlow.Core.Protocol
{
    /// <summary>An error response in the RFC 6749 §5.2 format, which RFC 8628 §3.2 and §3.5 reuse.</summary>
    public sealed class OAuthError
    {
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
