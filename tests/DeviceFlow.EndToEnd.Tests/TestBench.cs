using System;
using System.IO;
using System.Threading.Tasks;
using System.Text.Json.Nodes;
using DeviceFlow.Core.Firmware;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Tokens;
using DeviceFlow.DevServer;
using DeviceFlow.Host;
using DeviceFlow.Testing;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>
/// One DevServer in this process and one board talking to it over HTTPS, each with its own temporary data
/// folder. The board runs the firmware's own composition root on the simulator's adapters (PcBoard), with a
/// config.json and root CA file in its flash folder as tools/flash would upload them: only the user is scripted.
/// </summary>
public sealed class TestBench : IAsyncDisposable
{
    private readonly System.Collections.Generic.List<PcBoard> _boards = [];

    private TestBench(RunningDevServer server, string folder)
    {
        Server = server;
        Folder = folder;
        Transport = HttpsTransport.TrustingOnly(server.CaCertificate, TimeSpan.FromSeconds(10));
        Config = new ClientConfig
        {
            ClientId = DevServerOptions.FirmwareClientId,
            AuthStyle = ClientAuthStyle.None,
            Scope = DevServerOptions.ReadingsScope + " offline_access",
            DeviceAuthorizationUrl = server.DeviceAuthorizationEndpoint.ToString(),
            TokenUrl = server.TokenEndpoint.ToString(),
            RevocationUrl = server.RevocationEndpoint.ToString(),
        };
    }

    public RunningDevServer Server { get; }

    public string Folder { get; }

    public HttpsTransport Transport { get; }

    public ClientConfig Config { get; }

    public RecordingLog Log { get; } = new();

    public SystemClock Clock { get; } = new();

    /// <summary>The board's I:\ drive; the firmware's blobs are in its deviceflow folder.</summary>
    public string FlashFolder => Path.Combine(Folder, "flash");

    public string BlobFolder => Path.Combine(FlashFolder, "deviceflow");

    /// <summary>A DevServer with a 1 s interval (tests wait in real time, so keep it short) and the given tweaks.</summary>
    public static async Task<TestBench> StartAsync(Action<DevServerOptions>? configure = null)
    {
        string folder = Path.Combine(Path.GetTempPath(), "deviceflow-e2e-" + Guid.NewGuid().ToString("N"));
        var options = new DevServerOptions { DataFolder = Path.Combine(folder, "devserver"), Port = 0, IntervalSeconds = 1, CodeLifetime = TimeSpan.FromSeconds(30) };
        configure?.Invoke(options);
        return new TestBench(await DevServerHost.StartAsync(options), folder);
    }

    public DeviceFlowProtocol Protocol(ClientConfig? config = null) => new(config ?? Config, Transport);

    public PairingRunner Runner(IPairingObserver observer) => new(Protocol(), Clock, Clock, Log, observer);

    /// <summary>
    /// The bench's board as a maker would set it up for the DevServer: both endpoints, the DevServer's CA as the
    /// root CA file, readings to its API every second and the PAIRED screen lit for one second. Each run of the
    /// returned firmware is a boot from the same flash.
    /// </summary>
    public (DeviceFirmware Firmware, PcBoard Board) Board(IRunObserver observer, IButton button, IDisplay display, Action<JsonObject>? configure = null)
    {
        var file = new JsonObject
        {
            ["client_id"] = Config.ClientId,
            ["scope"] = Config.Scope,
            ["device_authorization_endpoint"] = Config.DeviceAuthorizationUrl,
            ["token_endpoint"] = Config.TokenUrl,
            ["revocation_endpoint"] = Config.RevocationUrl,
            ["root_ca_file"] = "I:\\ca.pem",
            ["pair_on_first_boot"] = true,
            ["oled"] = new JsonObject { ["paired_screen_seconds"] = 1 },
            ["sensor"] = new JsonObject { ["interval_seconds"] = 1, ["readings_url"] = Server.ReadingsEndpoint.ToString() },
        };
        configure?.Invoke(file);
        PcBoard.Upload(FlashFolder, "ca.pem", Server.CaCertificate.ExportCertificatePem());
        PcBoard.Upload(FlashFolder, "config.json", file.ToJsonString());
        var board = new PcBoard(FlashFolder, display, button, Log, Clock, observer);
        _boards.Add(board);
        return (new DeviceFirmware(board), board);
    }

    /// <summary>The tokens in the bench's flash, read as the next boot would read them; null when there are none.</summary>
    public TokenSet? StoredTokens() => new TokenStore(new FileStorage(BlobFolder), TokenStore.IdentityOf(Config.TokenUrl, Config.ClientId), new RecordingLog()).Load();

    public async ValueTask DisposeAsync()
    {
        Transport.Dispose();
        _boards.ForEach(board => board.Dispose());
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temporary folder behind.
        }
    }
}
