using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using DeviceFlow.Core.Tokens;
using DeviceFlow.DevServer;
using DeviceFlow.Host;
using DeviceFlow.Testing;
using Spectre.Console;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>
/// README's main command, `dotnet run --project tools/Simulator/DeviceFlow.Simulator -- --auto-approve`, through
/// the simulator's real entry point: a temporary data folder, a free port, a 1 s polling interval and no pause
/// between readings keep it to a few seconds.
/// </summary>
public sealed class SimulatorCommandEndToEndTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "deviceflow-sim-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_first_run_pairs_and_posts_three_readings_and_the_second_run_skips_pairing()
    {
        string[] args = ["--auto-approve", "--data", _data, "--port", FreePort().ToString(), "--interval", "1", "--every", "0"];

        (int exitCode, string output, RunningDevServer server) first = await RunAsync(args);

        Assert.Equal(0, first.exitCode);
        Match shown = Regex.Match(first.output, @"Enter\s+(\d{4}-\d{4}-\d{4})");
        Assert.True(shown.Success, first.output);
        Assert.Equal(1, first.server.Counters.DeviceCodesIssued);
        Assert.True(first.server.Counters.TokenRequestsFor(shown.Groups[1].Value) > 0);
        Assert.Equal(3, first.server.Counters.ReadingsAccepted);
        Assert.NotNull(StoredTokens(first.server));

        (int exitCode, string output, RunningDevServer server) second = await RunAsync(args);

        Assert.Equal(0, second.exitCode);
        Assert.Contains("pairing skipped", second.output);
        Assert.Equal(0, second.server.Counters.DeviceCodesIssued);
        Assert.Equal(3, second.server.Counters.ReadingsAccepted);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temporary folder behind.
        }
    }

    private static async Task<(int ExitCode, string Output, RunningDevServer Server)> RunAsync(string[] args)
    {
        var output = new StringWriter();
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        RunningDevServer? server = null;
        int exitCode = await DeviceFlow.Simulator.Program.RunAsync(args, console, started => server = started);
        Assert.NotNull(server);
        return (exitCode, output.ToString(), server);
    }

    /// <summary>The tokens in the simulator's flash folder, read as the next boot reads them.</summary>
    private TokenSet? StoredTokens(RunningDevServer server)
    {
        string identity = TokenStore.IdentityOf(server.TokenEndpoint.ToString(), DevServerOptions.FirmwareClientId);
        return new TokenStore(new FileStorage(Path.Combine(_data, "flash")), identity, new RecordingLog()).Load();
    }

    /// <summary>A port free now; both runs use it, because the stored tokens belong to the token endpoint's URL.</summary>
    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
