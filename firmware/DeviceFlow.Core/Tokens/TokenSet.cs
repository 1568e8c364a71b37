namespace DeviceFlow.Core.Tokens
{
    /// <summary>
    /// The tokens the device holds (RFC 6749 §5.1). Holds secrets: never logged, never shown. Never holds the
    /// device_code, which is spent once the grant completes. Immutable.
    /// </summary>
    public sealed class TokenSet
    {
        public TokenSet(string accessToken, string refreshToken, string tokenType, string scope, TokenExpiry expiry)
        {
            AccessToken = accessToken;
            RefreshToken = refreshToken;
            TokenType = tokenType;
            Scope = scope;
            Expiry = expiry;
        }

        public string AccessToken { get; }

        /// <summary>Null when the server issued none (then the access token's expiry ends the binding).</summary>
        public string RefreshToken { get; }

        public string TokenType { get; }

        /// <summary>The granted scope, or null when the server did not say.</summary>
        public string Scope { get; }

        public TokenExpiry Expiry { get; }

        public TokenSet WithExpiry(TokenExpiry expiry)
        {
            return new TokenSet(AccessToken, RefreshToken, TokenType, Scope, expiry);
        }

        public bool SameAs(TokenSet other)
        {
            return other != null && other.AccessToken == AccessToken && other.RefreshToken == RefreshToken
                && other.TokenType == TokenType && other.Scope == Scope && Expiry.SameAs(other.Expiry);
        }
    }
}
