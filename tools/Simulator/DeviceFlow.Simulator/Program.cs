using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Tasks;
using DeviceFlow.Core.Device;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.DevServer;
using DeviceFlow.Host;
using Spectre.Console;

namespace DeviceFlow.Simulator;

/// <summary>The firmware on this PC. See <see cref="SimulatorOptions.Usage"/>.</summary>
public static class Program
{
    private const int ReadingsToPost = 3;

    public static Task<int> Main(string[] args) => RunAsync(args, AnsiConsole.Console);

    /// <summary>
    /// The whole run, writing to <paramref name="console"/>; <paramref name="serverStarted"/> hears of the
    /// embedded DevServer once it listens (tests read its counters).
    /// </summary>
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, Action<RunningDevServer>? serverStarted = null)
    {
        if (args.Length == 1 && args[0] is "--help" or "-h")
        {
            console.WriteLine(SimulatorOptions.Usage);
            return 0;
        }

        SimulatorOptions? options = SimulatorOptions.Parse(args, out string? error);
        if (options is null)
        {
            console.MarkupLine("[red]" + Markup.Escape(error ?? string.Empty) + "[/]");
            console.WriteLine(SimulatorOptions.Usage);
            return 2;
        }

        var started = Stopwatch.StartNew();
        console.Write(new Rule("[bold]DeviceFlow firmware simulator[/]").LeftJustified());
        RunningDevServer? server = null;
        try
        {
            var clock = new SystemClock();
            var log = new SpectreLog(console, options.Verbose);
            var flash = new FileStorage(options.FlashFolder);
            DeviceSetup setup;
            HttpsTransport transport;
            if (options.UsesRealProvider)
            {
                transport = HttpsTransport.TrustingSystemRoots(TimeSpan.FromSeconds(15));
                setup = DeviceSetup.ForRealProvider(options, transport, flash, clock, log);
            }
            else
            {
                server = await DevServerHost.StartAsync(new DevServerOptions { DataFolder = options.DevServerFolder, Port = options.Port, IntervalSeconds = options.IntervalSeconds });
                serverStarted?.Invoke(server);
                console.MarkupLine("[grey]Local authorization server on[/] " + Markup.Escape(server.BaseUrl.ToString()) + " [grey](trusting only its development CA; started in " + started.ElapsedMilliseconds + " ms)[/]");
                transport = HttpsTransport.TrustingOnly(server.CaCertificate, TimeSpan.FromSeconds(15));
                setup = DeviceSetup.ForDevServer(server, transport, flash, clock, log);
            }

            using (transport)
            {
                var screen = new SimulatorScreen(new OledTerminal(System.IO.Path.Combine(options.DataFolder, "frames"), console), console);
                IPairingObserver pairingScreen = screen;
                IButton button = new ConsoleButton();
                if (options.AutoApprove && server is not null)
                {
                    pairingScreen = new AutoApprover(pairingScreen, server.CaCertificate, console);
                    button = new AutoPressButton(button);
                }

                // A fresh board pairs at once (once per device: the core keeps a first-boot marker in flash); a reset
                // run must not pair before it resets.
                var settings = new LifecycleSettings { PairOnFirstBoot = !options.Reset };
                var device = new SensorDevice(setup.Config, transport, flash, clock, clock, button, log, pairingScreen, screen, settings);
                return Run(options, console, setup, transport, device, screen);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.IO.IOException or System.Net.Http.HttpRequestException)
        {
            console.MarkupLine("[red]" + Markup.Escape(e.Message) + "[/]");
            return 1;
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }
    }

    private static int Run(SimulatorOptions options, IAnsiConsole console, DeviceSetup setup, IHttpTransport transport, SensorDevice device, SimulatorScreen screen)
    {
        if (options.Reset)
        {
            // The long press comes after the boot policy; the reset leaves the device waiting for a press, so
            // pairing follows without a second boot (which would say "Not paired" again).
            device.Lifecycle.Start();
            device.Lifecycle.FactoryReset();
            device.Lifecycle.EnsurePaired();
        }
        else
        {
            device.Boot();
        }

        console.MarkupLine(!screen.SawPairing
            ? "[green]Tokens found in flash: pairing skipped.[/] [grey](run with --reset to pair again)[/]"
            : "[green]Tokens stored in flash[/] [grey](" + Markup.Escape(options.FlashFolder) + ")[/]");

        int exitCode = 0;
        if (setup.ReadingsUrl is null)
        {
            console.MarkupLine("[grey]No --readings-url: the provider settings work; nothing to post.[/]");
        }
        else
        {
            exitCode = PostReadings(options, console, device, setup.ReadingsUrl, transport);
        }

        screen.ShowPairedIdle();
        console.MarkupLine("[grey]OLED frames saved in " + Markup.Escape(System.IO.Path.Combine(options.DataFolder, "frames")) + "[/]");
        return exitCode;
    }

    /// <summary>The firmware's own sensor loop, three rounds: each pairs if needed, reads, then listens for the button.</summary>
    private static int PostReadings(SimulatorOptions options, IAnsiConsole console, SensorDevice device, string url, IHttpTransport transport)
    {
        var random = new Random();
        double celsius = 0;
        int reading = 0;
        var poster = new ReadingPoster(
            transport,
            url,
            () =>
            {
                celsius = Math.Round(20 + (random.NextDouble() * 5), 1);
                return "{\"sensor\":\"temperature\",\"celsius\":" + celsius.ToString(CultureInfo.InvariantCulture) + "}";
            },
            (_, outcome) => console.MarkupLine("Reading " + ++reading + ": " + celsius.ToString(CultureInfo.InvariantCulture) + " °C → " + Describe(outcome)));
        SensorLoop loop = device.Loop(poster, options.ReadingIntervalSeconds);
        for (int i = 0; i < ReadingsToPost; i++)
        {
            loop.RunOnce();
        }

        return poster.Outcomes.FindAll(outcome => outcome == ReadingOutcome.Accepted).Count == ReadingsToPost ? 0 : 1;
    }

    private static string Describe(ReadingOutcome outcome) => outcome switch
    {
        ReadingOutcome.Accepted => "[green]accepted[/]",
        ReadingOutcome.Refused => "[yellow]refused (401): refreshing the token once[/]",
        ReadingOutcome.NoToken => "[red]not sent: no usable access token[/]",
        _ => "[red]failed[/]",
    };
}
