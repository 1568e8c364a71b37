using System;
using System.IO;
using System.Threading.Tasks;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Tokens;
using DeviceFlow.DevServer;
using DeviceFlow.Host;
using DeviceFlow.Testing;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>
/// One DevServer in this process and one simulated device talking to it over HTTPS, each with its own
/// temporary data folder. The device uses the simulator's real adapters: only the user is scripted.
/// </summary>
public sealed class TestBench : IAsyncDisposable
{
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

    public string FlashFolder => Path.Combine(Folder, "flash");

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

    /// <summary>A device booting from the bench's flash folder (a second call is a reboot); no boot jitter.</summary>
    public SensorDevice Device(IPairingObserver pairingScreen, IButton button, ILifecycleObserver? statusScreen = null)
    {
        var settings = new LifecycleSettings { BootRefreshJitterMaxMs = 0 };
        return new SensorDevice(Config, Transport, new FileStorage(FlashFolder), Clock, Clock, button, Log, pairingScreen, statusScreen ?? new LifecycleRecorder(), settings);
    }

    /// <summary>The tokens in the bench's flash, read as the next boot would read them; null when there are none.</summary>
    public TokenSet? StoredTokens() => new TokenStore(new FileStorage(FlashFolder), TokenStore.IdentityOf(Config.TokenUrl, Config.ClientId), new RecordingLog()).Load();

    public async ValueTask DisposeAsync()
    {
        Transport.Dispose();
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
