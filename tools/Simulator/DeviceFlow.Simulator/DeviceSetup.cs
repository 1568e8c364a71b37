using System;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Providers;
using DeviceFlow.DevServer;
using DeviceFlow.Host;

namespace DeviceFlow.Simulator;

/// <summary>The client the device runs as, built the way the firmware builds it: a preset, discovery, or explicit URLs.</summary>
internal sealed record DeviceSetup(ClientConfig Config, string? ReadingsUrl)
{
    public static DeviceSetup ForDevServer(RunningDevServer server)
    {
        var config = new ClientConfig
        {
            ClientId = DevServerOptions.FirmwareClientId,
            AuthStyle = ClientAuthStyle.None,
            Scope = DevServerOptions.ReadingsScope + " offline_access",
            DeviceAuthorizationUrl = server.DeviceAuthorizationEndpoint.ToString(),
            TokenUrl = server.TokenEndpoint.ToString(),
            RevocationUrl = server.RevocationEndpoint.ToString(),
        };
        return new DeviceSetup(config, server.ReadingsEndpoint.ToString());
    }

    /// <summary>A real provider: --provider preset, else RFC 8414 / OpenID discovery at --issuer; explicit endpoints win.</summary>
    public static DeviceSetup ForRealProvider(SimulatorOptions options, HttpsTransport transport)
    {
        var settings = new ProviderSettings { ClientId = options.ClientId, ClientSecret = options.ClientSecret, Scope = options.Scope, Tenant = options.Tenant, Domain = options.Domain, Realm = options.Realm };
        ClientConfig? config;
        string? problem = null;
        if (options.Provider is not null)
        {
            ProviderPreset preset = ProviderPresets.Find(options.Provider) ?? throw new InvalidOperationException("unknown provider (known: " + ProviderPresets.Names() + ")");
            config = ProviderClientConfig.Build(preset, settings, out problem);
            config?.RevocationUrl = ProviderClientConfig.RevocationUrl(preset, settings);
        }
        else if (options.Issuer is not null && (options.DeviceAuthorizationEndpoint is null || options.TokenEndpoint is null))
        {
            DiscoveryResult discovered = new MetadataDiscovery(transport, new SystemTextJsonParser()).Discover(options.Issuer);
            config = discovered.Metadata is null ? null : ProviderClientConfig.FromMetadata(discovered.Metadata, settings, out problem);
            config?.RevocationUrl = discovered.Metadata?.RevocationUrl;
            problem ??= discovered.Problem;
        }
        else
        {
            config = new ClientConfig
            {
                ClientId = options.ClientId,
                ClientSecret = options.ClientSecret,
                AuthStyle = options.ClientSecret is null ? ClientAuthStyle.None : ClientAuthStyle.BasicHeader,
                Scope = options.Scope,
            };
        }

        if (config is null)
        {
            throw new InvalidOperationException(problem ?? "the provider settings are incomplete");
        }

        config.DeviceAuthorizationUrl = options.DeviceAuthorizationEndpoint ?? config.DeviceAuthorizationUrl;
        config.TokenUrl = options.TokenEndpoint ?? config.TokenUrl;
        config.RevocationUrl = options.RevocationEndpoint ?? config.RevocationUrl;
        if (config.DeviceAuthorizationUrl is null || config.TokenUrl is null)
        {
            throw new InvalidOperationException("no device authorization or token endpoint; pass --device-authorization-endpoint and --token-endpoint");
        }

        return new DeviceSetup(config, options.ReadingsUrl);
    }
}
