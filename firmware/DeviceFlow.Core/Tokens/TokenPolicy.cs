namespace DeviceFlow.Core.Tokens
{
    /// <summary>When to refresh and how patiently to retry. Defaults suit hour-long access tokens.</summary>
    public sealed class TokenPolicy
    {
        /// <summary>Refresh this long before expiry, so a token never lapses mid-request (golang/oauth2 uses 10 s).</summary>
        public int RefreshSkewSeconds { get; set; } = 60;

        /// <summary>First wait after a failed refresh; it doubles per failure.</summary>
        public int RetryBaseSeconds { get; set; } = 5;

        /// <summary>The backoff never waits longer than this.</summary>
        public int RetryMaxSeconds { get; set; } = 300;
    }
}
