using System;
using System.IO;
using DeviceFlow.Core.Config;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Providers;
using DeviceFlow.Host;
using DeviceFlow.Simulator;
using DeviceFlow.Testing;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>
/// "Check your provider settings on the PC before flashing": the simulator's options become the config.json it
/// uploads to its flash, which must give the client the board gets from the same settings written by hand. No
/// request is sent (the transport has no script).
/// </summary>
public sealed class SimulatorClientSetupTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "deviceflow-setup-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Explicit_endpoints_with_a_secret_send_it_the_way_config_json_does()
    {
        ClientConfig simulated = Setup("--device-authorization-endpoint", "https://id.example/device", "--token-endpoint", "https://id.example/token",
            "--revocation-endpoint", "https://id.example/revoke", "--client-id", "sensor", "--client-secret", "s3cret");
        ClientConfig board = Board("""{"device_authorization_endpoint":"https://id.example/device","token_endpoint":"https://id.example/token","revocation_endpoint":"https://id.example/revoke","client_id":"sensor","client_secret":"s3cret"}""");

        // Whatever config.json's default for client_auth is, the simulator must follow it.
        Assert.Equal(board.AuthStyle, simulated.AuthStyle);
        Assert.NotEqual(ClientAuthStyle.None, simulated.AuthStyle);
        Assert.Equal("https://id.example/revoke", simulated.RevocationUrl);
    }

    [Fact]
    public void Client_auth_basic_is_honoured_like_config_json_client_auth()
    {
        ClientConfig simulated = Setup("--device-authorization-endpoint", "https://id.example/device", "--token-endpoint", "https://id.example/token",
            "--client-id", "sensor", "--client-secret", "s3cret", "--client-auth", "basic");

        Assert.Equal(ClientAuthStyle.BasicHeader, simulated.AuthStyle);
        Assert.Null(simulated.RevocationUrl);
    }

    [Fact]
    public void A_preset_gives_the_presets_endpoints_auth_style_and_revocation_endpoint()
    {
        ClientConfig simulated = Setup("--provider", "google", "--client-id", "sensor.apps.googleusercontent.com", "--client-secret", "s3cret");
        ClientConfig board = Board("""{"provider":"google","client_id":"sensor.apps.googleusercontent.com","client_secret":"s3cret"}""");

        Assert.Equal(ClientAuthStyle.RequestBody, simulated.AuthStyle);
        Assert.Equal(board.TokenUrl, simulated.TokenUrl);
        Assert.Equal(board.RevocationUrl, simulated.RevocationUrl);
        Assert.Equal("https://oauth2.googleapis.com/revoke", simulated.RevocationUrl);
    }

    [Fact]
    public void One_endpoint_without_the_other_is_refused_with_the_config_json_field_to_fix()
    {
        var refused = Assert.Throws<ArgumentException>(() => Setup("--device-authorization-endpoint", "https://id.example/device", "--client-id", "sensor"));

        Assert.Contains("token_endpoint", refused.Message);
    }

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    /// <summary>The config.json the simulator uploads for these options, read as the board reads it.</summary>
    private ClientConfig Setup(params string[] args)
    {
        SimulatorOptions options = SimulatorOptions.Parse([.. args, "--data", _data], out string? error) ?? throw new ArgumentException(error);
        ConfigFile.UploadForRealProvider(options);
        return Board(File.ReadAllText(Path.Combine(options.FlashFolder, "config.json")));
    }

    private ClientConfig Board(string configJson)
    {
        DeviceConfig config = DeviceConfigParser.Parse(configJson, out string? error) ?? throw new ArgumentException(error);
        var discovery = new StoredDiscovery(new FileStorage(Path.Combine(_data, "blobs")), new MetadataDiscovery(new ScriptedTransport()), new RecordingLog());
        return new ClientResolver(discovery).Resolve(config, out _, out _)!;
    }
}
