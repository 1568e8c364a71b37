using DeviceFlow.Core.Json;

namespace DeviceFlow.Core.Protocol
{
    /// <summary>A successful access token response (RFC 6749 §5.1). Holds secrets: never logged or shown.</summary>
    public sealed class TokenResponse
    {
        public TokenResponse(string accessToken, string tokenType, string refreshToken, int expiresInSeconds, string scope)
        {
            AccessToken = accessToken;
            TokenType = tokenType;
            RefreshToken = refreshToken;
            ExpiresInSeconds = expiresInSeconds;
            Scope = scope;
        }

        public string AccessToken { get; }

        public string TokenType { get; }

        /// <summary>Null when the server issued none.</summary>
        public string RefreshToken { get; }

        /// <summary>Lifetime in seconds; 0 when the server did not say (the member is only RECOMMENDED).</summary>
        public int ExpiresInSeconds { get; }

        /// <summary>Granted scope when it differs from the request, else null.</summary>
        public string Scope { get; }

        public static TokenResponse FromFields(JsonTree fields, out string problem)
        {
            string accessToken = Fields.GetString(fields, "access_token");
            if (accessToken == null)
            {
                problem = "no access_token";
                return null;
            }

            int expiresIn = 0;
            if (Fields.Has(fields, "expires_in") && (!Fields.TryGetInt(fields, "expires_in", out expiresIn) || expiresIn < 0))
            {
                problem = "expires_in is not a valid number of seconds";
                return null;
            }

            // token_type is REQUIRED, but some servers omit it; a device only ever uses bearer tokens (RFC 6750).
            string tokenType = Fields.GetString(fields, "token_type");
            problem = null;
            return new TokenResponse(accessToken, tokenType == null ? "Bearer" : tokenType, Fields.GetString(fields, "refresh_token"), expiresIn, Fields.GetString(fields, "scope"));
        }
    }
}
