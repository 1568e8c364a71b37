using DeviceFlow.Core.Device;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Providers;

namespace DeviceFlow.Core.Config
{
    /// <summary>
    /// Turns config.json's choice of provider into the client the protocol runs on: the file's own endpoints,
    /// a preset, or RFC 8414 / OpenID discovery from an issuer (kept in flash, so a reboot needs no lookup).
    /// </summary>
    public sealed class ClientResolver
    {
        private readonly StoredDiscovery _discovery;
        private readonly IWaiter _waiter;
        private readonly ILog _log;

        public ClientResolver(StoredDiscovery discovery, IWaiter waiter, ILog log)
        {
            _discovery = discovery;
            _waiter = waiter;
            _log = log;
        }

        /// <summary>
        /// The client, or null with a secret-free <paramref name="problem"/> that names the config.json field.
        /// A discovery that fails for network reasons is retried with backoff until it answers.
        /// </summary>
        public ClientConfig Resolve(DeviceConfig config, out string problem)
        {
            problem = null;
            if (config.ExplicitClient != null)
            {
                return config.ExplicitClient;
            }

            ClientConfig client;
            string field;
            if (config.Provider != null)
            {
                field = "provider: ";
                client = ProviderClientConfig.Build(ProviderPresets.Find(config.Provider), config.Settings, out problem);
            }
            else
            {
                field = "issuer: ";
                DiscoveryResult found = Discover(config.Issuer);
                client = found.Metadata == null ? null : ProviderClientConfig.FromMetadata(found.Metadata, config.Settings, out problem);
                if (found.Metadata == null)
                {
                    problem = found.Problem;
                }
            }

            if (client == null)
            {
                problem = field + problem;
                return null;
            }

            client.MaxResponseBytes = config.MaxResponseBytes;
            return client;
        }

        private DiscoveryResult Discover(string issuer)
        {
            int failures = 0;
            while (true)
            {
                DiscoveryResult result = _discovery.Endpoints(issuer);
                if (result.Metadata != null || !result.IsTransient)
                {
                    return result;
                }

                failures++;
                int backoffMs = LinkKeeper.BackoffMs(failures);
                _log.Warn("provider: discovery failed (" + result.Problem + "), retry in " + (backoffMs / 1000) + " s");
                _waiter.Wait(backoffMs);
            }
        }
    }
}
