using System.Text.Json.Nodes;
using DeviceFlow.DevServer;
using DeviceFlow.Host;

namespace DeviceFlow.Simulator;

/// <summary>
/// The options as the config.json a board would be flashed with, uploaded to the simulator's "I:\" (with the
/// DevServer's CA as the root CA file): the firmware reads and checks it with its own code, so a run here checks
/// exactly what the board will do with the same file.
/// </summary>
internal static class ConfigFile
{
    public const string RootCaName = "ca.pem";

    /// <summary>The DevServer's endpoints, as a config.json with both endpoints, no secret and the DevServer's CA.</summary>
    public static void UploadForDevServer(SimulatorOptions options, RunningDevServer server)
    {
        var file = new JsonObject
        {
            ["client_id"] = DevServerOptions.FirmwareClientId,
            ["scope"] = DevServerOptions.ReadingsScope + " offline_access",
            ["device_authorization_endpoint"] = server.DeviceAuthorizationEndpoint.ToString(),
            ["token_endpoint"] = server.TokenEndpoint.ToString(),
            ["revocation_endpoint"] = server.RevocationEndpoint.ToString(),
            ["root_ca_file"] = "I:\\" + RootCaName,
        };
        PcBoard.Upload(options.FlashFolder, RootCaName, server.CaCertificate.ExportCertificatePem());
        Upload(options, file, server.ReadingsEndpoint.ToString());
    }

    /// <summary>A real provider: --provider preset, --issuer discovery, or both endpoints; the system's roots.</summary>
    public static void UploadForRealProvider(SimulatorOptions options)
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
        Upload(options, file, options.ReadingsUrl);
    }

    /// <summary>What every simulated board shares: a fresh board pairs at once (once), and the loop's timing.</summary>
    private static void Upload(SimulatorOptions options, JsonObject file, string? readingsUrl)
    {
        file["pair_on_first_boot"] = true;
        file["oled"] = new JsonObject { ["paired_screen_seconds"] = options.ScreenOffSeconds };
        var sensor = new JsonObject { ["interval_seconds"] = options.ReadingIntervalSeconds };
        Add(sensor, "readings_url", readingsUrl);
        file["sensor"] = sensor;
        PcBoard.Upload(options.FlashFolder, "config.json", file.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    private static void Add(JsonObject file, string field, string? value)
    {
        if (value is not null)
        {
            file[field] = value;
        }
    }
}
