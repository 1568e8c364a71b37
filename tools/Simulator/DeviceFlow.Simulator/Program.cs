using System;
using System.Diagnostics;
using System.Threading.Tasks;
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

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 1 && args[0] is "--help" or "-h")
        {
            AnsiConsole.WriteLine(SimulatorOptions.Usage);
            return 0;
        }

        SimulatorOptions? options = SimulatorOptions.Parse(args, out string? error);
        if (options is null)
        {
            AnsiConsole.MarkupLine("[red]" + Markup.Escape(error ?? string.Empty) + "[/]");
            AnsiConsole.WriteLine(SimulatorOptions.Usage);
            return 2;
        }

        var started = Stopwatch.StartNew();
        AnsiConsole.Write(new Rule("[bold]DeviceFlow firmware simulator[/]").LeftJustified());
        RunningDevServer? server = null;
        try
        {
            DeviceSetup setup;
            HttpsTransport transport;
            if (options.UsesRealProvider)
            {
                transport = HttpsTransport.TrustingSystemRoots(TimeSpan.FromSeconds(15));
                setup = DeviceSetup.ForRealProvider(options, transport);
            }
            else
            {
                server = await DevServerHost.StartAsync(new DevServerOptions { DataFolder = options.DevServerFolder, Port = options.Port, IntervalSeconds = options.IntervalSeconds });
                AnsiConsole.MarkupLine("[grey]Local authorization server on[/] " + Markup.Escape(server.BaseUrl.ToString()) + " [grey](trusting only its development CA; started in " + started.ElapsedMilliseconds + " ms)[/]");
                setup = DeviceSetup.ForDevServer(server);
                transport = HttpsTransport.TrustingOnly(server.CaCertificate, TimeSpan.FromSeconds(15));
            }

            using (transport)
            {
                return Run(options, setup, transport, server);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.IO.IOException or System.Net.Http.HttpRequestException)
        {
            AnsiConsole.MarkupLine("[red]" + Markup.Escape(e.Message) + "[/]");
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

    private static int Run(SimulatorOptions options, DeviceSetup setup, HttpsTransport transport, RunningDevServer? server)
    {
        var clock = new SystemClock();
        var screen = new SimulatorScreen(new OledTerminal(System.IO.Path.Combine(options.DataFolder, "frames")));
        IPairingObserver pairingScreen = screen;
        IButton button = new ConsoleButton();
        if (options.AutoApprove && server is not null)
        {
            pairingScreen = new AutoApprover(pairingScreen, server.CaCertificate);
            button = new AutoPressButton(button);
        }

        // A fresh board pairs at once (once per device: the core keeps a first-boot marker in flash); a reset
        // run must not pair before it resets.
        var settings = new LifecycleSettings { PairOnFirstBoot = !options.Reset };
        var device = new SensorDevice(setup.Config, transport, new FileStorage(options.FlashFolder), clock, clock, button, new SpectreLog(options.Verbose), pairingScreen, screen, settings);
        if (options.Reset)
        {
            device.Lifecycle.Start();
            device.Lifecycle.FactoryReset();
        }

        device.Boot();
        AnsiConsole.MarkupLine(!screen.SawPairing
            ? "[green]Tokens found in flash: pairing skipped.[/] [grey](run with --reset to pair again)[/]"
            : "[green]Tokens stored in flash[/] [grey](" + Markup.Escape(options.FlashFolder) + ")[/]");

        int exitCode = 0;
        if (setup.ReadingsUrl is null)
        {
            AnsiConsole.MarkupLine("[grey]No --readings-url: the provider settings work; nothing to post.[/]");
        }
        else
        {
            exitCode = PostReadings(device, setup.ReadingsUrl, clock);
        }

        screen.ShowPairedIdle();
        AnsiConsole.MarkupLine("[grey]OLED frames saved in " + Markup.Escape(System.IO.Path.Combine(options.DataFolder, "frames")) + "[/]");
        return exitCode;
    }

    private static int PostReadings(SensorDevice device, string url, SystemClock clock)
    {
        var random = new Random();
        for (int i = 1; i <= ReadingsToPost; i++)
        {
            double celsius = Math.Round(20 + (random.NextDouble() * 5), 1);
            ReadingOutcome outcome = device.PostReading(url, "{\"sensor\":\"temperature\",\"celsius\":" + celsius.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}");
            AnsiConsole.MarkupLine("Reading " + i + ": " + celsius + " °C → " + (outcome == ReadingOutcome.Accepted ? "[green]accepted[/]" : "[red]" + outcome + "[/]"));
            if (outcome == ReadingOutcome.NeedsPairing)
            {
                AnsiConsole.MarkupLine("[red]The tokens are no longer accepted; run again to pair.[/]");
                return 1;
            }

            if (i < ReadingsToPost)
            {
                clock.Wait(1000);
            }
        }

        return 0;
    }
}
