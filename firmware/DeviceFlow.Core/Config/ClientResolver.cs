using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Providers;

namespace DeviceFlow.Core.Config
{
    /// <summary>
    /// Turns config.json's choice of provider into the client the protocol runs on: the file's own endpoints,
    /// a preset, or RFC 8414 / OpenID discovery from an issuer (kept in flash, so a reboot needs no lookup).
    /// One attempt: pacing and showing the retries is the composition root's (Firmware.ProviderSetup).
    /// </summary>
    public sealed class ClientResolver
    {
        private readonly StoredDiscovery _discovery;

        public ClientResolver(StoredDiscovery discovery)
        {
            _discovery = discovery;
        }

        /// <summary>
        /// The client, or null with a secret-free <paramref name="problem"/> that names the config.json field;
        /// <paramref name="retryable"/> says the network failed (discovery), so trying again later may work.
        /// </summary>
        public ClientConfig Resolve(DeviceConfig config, out string problem, out bool retryable)
        {
            problem = null;
            retryable = false;
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
                DiscoveryResult found = _discovery.Endpoints(config.Issuer);
                client = found.Metadata == null ? null : ProviderClientConfig.FromMetadata(found.Metadata, config.Settings, out problem);
                if (found.Metadata == null)
                {
                    problem = found.Problem;
                    retryable = found.IsTransient;
                }
            }

            if (client == null)
            {
                // A network failure is not the file's fault: its words stand alone (the retry screen is titled DISCOVERY).
                problem = retryable ? problem : field + problem;
                return null;
            }

            client.MaxResponseBytes = config.MaxResponseBytes;
            return client;
        }
    }
}
