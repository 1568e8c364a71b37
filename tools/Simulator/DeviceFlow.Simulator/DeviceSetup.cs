using System;
using System.Text.Json.Nodes;
using DeviceFlow.Core.Config;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Providers;
using DeviceFlow.DevServer;

namespace DeviceFlow.Simulator;

/// <summary>
/// The client the device runs as. The options become the config.json a board would be flashed with, and the
/// firmware's own code reads it (<see cref="DeviceConfigParser"/>, then <see cref="ClientResolver"/>: the file's
/// endpoints, a preset, or discovery kept in flash), so a run here checks exactly what the board will do.
/// </summary>
internal sealed record DeviceSetup(ClientConfig Config, string? ReadingsUrl)
{
    /// <summary>The DevServer's endpoints, as a config.json with both endpoints and no secret would give them.</summary>
    public static DeviceSetup ForDevServer(RunningDevServer server, IHttpTransport transport, IStorage flash, IWaiter waiter, ILog log)
    {
        var file = new JsonObject
        {
            ["client_id"] = DevServerOptions.FirmwareClientId,
            ["scope"] = DevServerOptions.ReadingsScope + " offline_access",
            ["device_authorization_endpoint"] = server.DeviceAuthorizationEndpoint.ToString(),
            ["token_endpoint"] = server.TokenEndpoint.ToString(),
            ["revocation_endpoint"] = server.RevocationEndpoint.ToString(),
        };
        return new DeviceSetup(Resolve(file, transport, flash, waiter, log), server.ReadingsEndpoint.ToString());
    }

    /// <summary>A real provider: --provider preset, --issuer discovery, or both endpoints, with the board's precedence.</summary>
    public static DeviceSetup ForRealProvider(SimulatorOptions options, IHttpTransport transport, IStorage flash, IWaiter waiter, ILog log)
    {
        var file = new JsonObject();
        Add(file, "provider", options.Provider);
        Add(file, "issuer", options.Issuer);
        Add(file, "client_id", options.ClientId);
        Add(file, "client_secret", options.ClientSecret);
        Add(file, "client_auth", options.ClientAuth);
        Add(file, "scope", options.Scope);
        Add(file, "tenant", options.Tenant);
        Add(file, "domain", options.Domain);
        Add(file, "realm", options.Realm);
        Add(file, "device_authorization_endpoint", options.DeviceAuthorizationEndpoint);
        Add(file, "token_endpoint", options.TokenEndpoint);
        Add(file, "revocation_endpoint", options.RevocationEndpoint);
        return new DeviceSetup(Resolve(file, transport, flash, waiter, log), options.ReadingsUrl);
    }

    private static void Add(JsonObject file, string field, string? value)
    {
        if (value is not null)
        {
            file[field] = value;
        }
    }

    private static ClientConfig Resolve(JsonObject file, IHttpTransport transport, IStorage flash, IWaiter waiter, ILog log)
    {
        DeviceConfig config = DeviceConfigParser.Parse(file.ToJsonString(), out string? error)
            ?? throw new InvalidOperationException("as config.json: " + error);
        var resolver = new ClientResolver(new StoredDiscovery(flash, new MetadataDiscovery(transport), log), waiter, log);
        return resolver.Resolve(config, out string? problem) ?? throw new InvalidOperationException(problem ?? "the provider settings are incomplete");
    }
}
