using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using DeviceFlow.Core.Tokens;
using DeviceFlow.DevServer;
using DeviceFlow.Host;
using DeviceFlow.Host.Display;
using DeviceFlow.Testing;
using SkiaSharp;
using Spectre.Console;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>
/// README's main command, `dotnet run --project tools/Simulator/DeviceFlow.Simulator -- --auto-approve --readings 2
/// &lt; /dev/null`, through the simulator's real entry point with no button input: a temporary data folder, a free
/// port, a 1 s polling interval, readings and PAIRED screen keep it to a few seconds.
/// </summary>
public sealed class SimulatorCommandEndToEndTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "deviceflow-sim-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Two_readings_without_a_terminal_exit_0_on_a_dark_panel_and_the_second_run_skips_pairing()
    {
        string[] args = ["--auto-approve", "--readings", "2", "--data", _data, "--port", FreePort().ToString(), "--interval", "1", "--every", "1", "--screen-off", "1"];

        (int exitCode, string output, RunningDevServer server) first = await RunAsync(args);

        Assert.Equal(0, first.exitCode);
        Assert.Contains("No button: standard input has ended", first.output);
        Match shown = Regex.Match(first.output, @"Enter\s+(\d{4}-\d{4}-\d{4})");
        Assert.True(shown.Success, first.output);
        Assert.Equal(1, first.server.Counters.DeviceCodesIssued);
        Assert.True(first.server.Counters.TokenRequestsFor(shown.Groups[1].Value) > 0);
        Assert.Equal(2, first.server.Counters.ReadingsAccepted);
        Assert.NotNull(StoredTokens(first.server));
        Assert.True(LastFrameIsDark(), "the last OLED frame saved should be the dark panel after pairing");

        (int exitCode, string output, RunningDevServer server) second = await RunAsync(args);

        Assert.Equal(0, second.exitCode);
        Assert.Contains("pairing skipped", second.output);
        Assert.Equal(0, second.server.Counters.DeviceCodesIssued);
        Assert.Equal(2, second.server.Counters.ReadingsAccepted);
    }

    [Fact]
    public async Task Stopping_like_ctrl_c_ends_the_run_with_130_and_stops_the_devserver()
    {
        using var stop = new CancellationTokenSource();
        string[] args = ["--data", _data, "--port", FreePort().ToString(), "--interval", "1"];
        RunningDevServer? server = null;

        // Nobody approves, so the board polls until the stop, which comes once the server has issued the code.
        Task stopper = Task.Run(async () =>
        {
            while (server is null || server.Counters.DeviceCodesIssued == 0)
            {
                await Task.Delay(50);
            }

            stop.Cancel();
        });
        int exitCode = await DeviceFlow.Simulator.Program.RunAsync(args, Console(new StringWriter()), started => server = started, TextReader.Null, stop.Token);
        await stopper;

        Assert.Equal(DeviceFlow.Simulator.Program.StoppedExitCode, exitCode);
        Assert.Equal(1, server!.Counters.DeviceCodesIssued);
        using var probe = new TcpClient();
        Assert.ThrowsAny<SocketException>(() => probe.Connect(IPAddress.Loopback, server.BaseUrl.Port));
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
        RunningDevServer? server = null;
        int exitCode = await DeviceFlow.Simulator.Program.RunAsync(args, Console(output), started => server = started, TextReader.Null);
        Assert.NotNull(server);
        return (exitCode, output.ToString(), server);
    }

    private static IAnsiConsole Console(StringWriter output) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
        Out = new AnsiConsoleOutput(output),
    });

    /// <summary>The tokens in the simulator's flash folder, read as the next boot reads them.</summary>
    private TokenSet? StoredTokens(RunningDevServer server)
    {
        string identity = TokenStore.IdentityOf(server.TokenEndpoint.ToString(), DevServerOptions.FirmwareClientId);
        return new TokenStore(new FileStorage(Path.Combine(_data, "flash", "deviceflow")), identity, new RecordingLog()).Load();
    }

    /// <summary>The highest-numbered PNG in data/frames has no lit pixel.</summary>
    private bool LastFrameIsDark()
    {
        string last = Directory.GetFiles(Path.Combine(_data, "frames"), "frame-*.png").Order(StringComparer.Ordinal).Last();
        using SKBitmap bitmap = SKBitmap.Decode(last);
        return bitmap.Pixels.All(pixel => pixel != FramePng.Lit);
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
