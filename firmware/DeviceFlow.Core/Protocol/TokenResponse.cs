using DeviceFlow.Core.Json;

namespace DeviceFlow.Core.Protocol
{
    /// <summary>A successful access token response (RFC 6749 §5.1). Holds secrets: never logged or shown.</summary>
    public sealed class TokenResponse
    {
        /// <summary>RFC 6750 §1.1's token type, the only one the device can send ("Authorization: Bearer").</summary>
        public const string Bearer = "Bearer";

        public TokenResponse(string accessToken, string tokenType, string refreshToken, int expiresInSeconds, string scope)
        {
            AccessToken = accessToken;
            TokenType = tokenType;
            RefreshToken = refreshToken;
            ExpiresInSeconds = expiresInSeconds;
            Scope = scope;
        }

        public string AccessToken { get; }

        /// <summary>As the server spelled it (RFC 6749 §7.1); <see cref="Bearer"/> when it sent none.</summary>
        public string TokenType { get; }

        /// <summary>
        /// RFC 6749 §7.1: the client MUST NOT use a token whose type it does not understand. Type names are
        /// case-insensitive (RFC 6749 §5.1), so "bearer" (GitHub, Amazon) is Bearer; anything else, such as an RFC 9449
        /// "DPoP" token, would be sent as Bearer without its proof, which leaks a token bound to a key we do not hold.
        /// </summary>
        public bool IsBearer
        {
            get { return TokenType.ToLower() == "bearer"; }
        }

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

            // token_type is REQUIRED (§5.1); an answer without one is read as Bearer, since a server that binds its tokens
            // to a key says so in token_type (RFC 9449 §5: "DPoP"). Any other type is refused by the caller (IsBearer).
            string tokenType = Fields.GetString(fields, "token_type");
            problem = null;
            return new TokenResponse(accessToken, tokenType == null ? Bearer : tokenType, Fields.GetString(fields, "refresh_token"), expiresIn, Fields.GetString(fields, "scope"));
        }
    }
}
