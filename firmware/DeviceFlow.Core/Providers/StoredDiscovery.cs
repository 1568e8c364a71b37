using DeviceFlow.Core.Ports;

namespace DeviceFlow.Core.Providers
{
    /// <summary>
    /// Discovery that runs once: the endpoints are kept in flash and reused on every boot, and fetched again only
    /// when the configured issuer differs from the stored one (reference §1.8: fetch once at provisioning).
    /// </summary>
    public sealed class StoredDiscovery
    {
        /// <summary>The blob's name in <see cref="IStorage"/>.</summary>
        public const string BlobName = "provider-metadata";

        private readonly IStorage _storage;
        private readonly MetadataDiscovery _discovery;
        private readonly ILog _log;

        public StoredDiscovery(IStorage storage, MetadataDiscovery discovery, ILog log)
        {
            _storage = storage;
            _discovery = discovery;
            _log = log;
        }

        /// <summary>The endpoints for <paramref name="issuer"/>, from flash when they were found before.</summary>
        public DiscoveryResult Endpoints(string issuer)
        {
            string storedProblem;
            AuthorizationServerMetadata stored = AuthorizationServerMetadata.FromBlob(_storage.Read(BlobName), out storedProblem);
            if (stored != null && stored.Issuer == issuer)
            {
                return new DiscoveryResult(stored, null, false);
            }

            _log.Info(stored == null ? "discovery: " + storedProblem + "; fetching metadata for " + issuer : "discovery: issuer changed, fetching metadata for " + issuer);
            DiscoveryResult found = _discovery.Discover(issuer);
            if (found.Metadata == null)
            {
                _log.Warn("discovery: " + found.Problem);
                return found;
            }

            // A failed write only costs a fetch on the next boot; the endpoints found now are still good to use.
            StorageResult written = _storage.Write(BlobName, found.Metadata.ToBlob());
            if (written != StorageResult.Ok)
            {
                _log.Warn("discovery: could not store the metadata (" + (written == StorageResult.Full ? "flash full" : "write failed") + ")");
            }

            return found;
        }

        /// <summary>
        /// Forgets the stored endpoints: the factory reset calls it (DeviceLifecycle.FactoryReset), so a provider
        /// that moved its endpoints is found again by the next boot's discovery.
        /// </summary>
        public static StorageResult Forget(IStorage storage)
        {
            return storage.Delete(BlobName);
        }
    }
}
