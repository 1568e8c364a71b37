namespace DeviceFlow.Core.Providers
{
    /// <summary>What discovery found: the endpoints, or why there are none.</summary>
    public sealed class DiscoveryResult
    {
        public DiscoveryResult(AuthorizationServerMetadata metadata, string problem, bool transient)
        {
            Metadata = metadata;
            Problem = problem;
            IsTransient = transient;
        }

        /// <summary>Null on failure.</summary>
        public AuthorizationServerMetadata Metadata { get; }

        /// <summary>A short, secret-free reason for the screen and the log.</summary>
        public string Problem { get; }

        /// <summary>The network failed; trying again later may work. Otherwise the configuration needs fixing.</summary>
        public bool IsTransient { get; }
    }
}
