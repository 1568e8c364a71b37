namespace DeviceFlow.Core.Tokens
{
    /// <summary>When to refresh and how patiently to retry. Defaults suit hour-long access tokens.</summary>
    public sealed class TokenPolicy
    {
        /// <summary>Refresh this long before expiry, so a token never lapses mid-request (golang/oauth2 uses 10 s).</summary>
        public int RefreshSkewSeconds { get; set; } = 60;

        /// <summary>
        /// The margin is at most this share of the token's lifetime: with a fixed 60 s margin a token that lives
        /// 60 s or less would be refreshed on every use, each rotation a flash write.
        /// </summary>
        public int RefreshSkewMaxPercentOfLifetime { get; set; } = 25;

        /// <summary>First wait after a failed refresh; it doubles per failure.</summary>
        public int RetryBaseSeconds { get; set; } = 5;

        /// <summary>The backoff never waits longer than this.</summary>
        public int RetryMaxSeconds { get; set; } = 300;

        /// <summary>The refresh margin for this token: <see cref="RefreshSkewSeconds"/>, clamped for short lifetimes.</summary>
        public int RefreshSkewSecondsFor(TokenExpiry expiry)
        {
            long cap = (long)expiry.LifetimeSeconds * RefreshSkewMaxPercentOfLifetime / 100;
            return expiry.LifetimeSeconds > 0 && cap < RefreshSkewSeconds ? (int)cap : RefreshSkewSeconds;
        }
    }
}
