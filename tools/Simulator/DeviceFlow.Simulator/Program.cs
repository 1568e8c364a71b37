using System;
using System.Diagnostics;
using System.Threading.Tasks;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Protocol;
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
            ProviderEndpoints endpoints;
            HttpsTransport transport;
            if (options.UsesRealProvider)
            {
                endpoints = await ProviderEndpoints.ForRealProviderAsync(options);
                transport = HttpsTransport.TrustingSystemRoots(TimeSpan.FromSeconds(15));
            }
            else
            {
                server = await DevServerHost.StartAsync(new DevServerOptions { DataFolder = options.DevServerFolder, Port = options.Port, IntervalSeconds = options.IntervalSeconds });
                AnsiConsole.MarkupLine("[grey]Local authorization server on[/] " + Markup.Escape(server.BaseUrl.ToString()) + " [grey](trusting only its development CA; started in " + started.ElapsedMilliseconds + " ms)[/]");
                endpoints = ProviderEndpoints.ForDevServer(server);
                transport = HttpsTransport.TrustingOnly(server.CaCertificate, TimeSpan.FromSeconds(15));
            }

            using (transport)
            {
                return Run(options, endpoints, transport, server);
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

    private static int Run(SimulatorOptions options, ProviderEndpoints endpoints, HttpsTransport transport, RunningDevServer? server)
    {
        var config = new ClientConfig
        {
            ClientId = endpoints.ClientId,
            ClientSecret = endpoints.ClientSecret,
            AuthStyle = endpoints.ClientSecret is null ? ClientAuthStyle.None : ClientAuthStyle.RequestBody,
            Scope = endpoints.Scope,
            DeviceAuthorizationUrl = endpoints.DeviceAuthorization,
            TokenUrl = endpoints.Token,
        };
        var clock = new SystemClock();
        IPairingObserver observer = new SpectrePairingObserver();
        if (options.AutoApprove && server is not null)
        {
            observer = new AutoApprover(observer, server.CaCertificate);
        }

        var device = new SensorDevice(config, transport, new FileStorage(options.FlashFolder), clock, clock, new SpectreLog(options.Verbose), observer);
        if (options.Reset)
        {
            device.Reset(endpoints.Revocation);
            AnsiConsole.MarkupLine("[grey]Long press: tokens revoked and wiped from flash.[/]");
        }

        device.Boot(new FirstPressButton(new ConsoleButton()));
        AnsiConsole.MarkupLine(device.ResumedFromFlash
            ? "[green]Tokens found in flash: pairing skipped.[/] [grey](run with --reset to pair again)[/]"
            : "[green]Tokens stored in flash[/] [grey](" + Markup.Escape(options.FlashFolder) + ")[/]");

        if (endpoints.Readings is null)
        {
            AnsiConsole.MarkupLine("[grey]No --readings-url: the provider settings work; nothing to post.[/]");
            return 0;
        }

        return PostReadings(device, endpoints.Readings, clock);
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
