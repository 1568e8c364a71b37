using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DeviceFlow.Core.Firmware;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Providers;
using DeviceFlow.DevServer;
using DeviceFlow.Host;
using Spectre.Console;

namespace DeviceFlow.Simulator;

/// <summary>The board on this PC: the firmware's one composition root on the PC's adapters. See <see cref="SimulatorOptions.Usage"/>.</summary>
public static class Program
{
    /// <summary>What a shell reports for a run ended by Ctrl+C (128 + SIGINT).</summary>
    public const int StoppedExitCode = 130;

    public static Task<int> Main(string[] args) => RunAsync(args, AnsiConsole.Console);

    /// <summary>
    /// The whole run, writing to <paramref name="console"/>; <paramref name="serverStarted"/> hears of the embedded
    /// DevServer once it listens (tests read its counters); <paramref name="buttonLines"/> replaces standard input
    /// as the button (tests); <paramref name="stop"/> ends it as Ctrl+C does.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, Action<RunningDevServer>? serverStarted = null, TextReader? buttonLines = null, CancellationToken stop = default)
    {
        if (args.Length == 1 && args[0] is "--help" or "-h")
        {
            console.Profile.Out.Writer.WriteLine(SimulatorOptions.Usage);
            return 0;
        }

        SimulatorOptions? options = SimulatorOptions.Parse(args, out string? error);
        if (options is null)
        {
            console.MarkupLine("[red]" + Markup.Escape(error ?? string.Empty) + "[/]");
            console.Profile.Out.Writer.WriteLine(SimulatorOptions.Usage);
            return 2;
        }

        using var ctrlC = CancellationTokenSource.CreateLinkedTokenSource(stop);
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            // The run ends through the firmware's next wait, the DevServer stops and the exit code says why.
            e.Cancel = true;
            ctrlC.Cancel();
        };
        Console.CancelKeyPress += onCtrlC;
        RunningDevServer? server = null;
        try
        {
            var started = Stopwatch.StartNew();
            console.Write(new Rule("[bold]DeviceFlow firmware simulator[/]").LeftJustified());
            if (options.UsesRealProvider)
            {
                ConfigFile.UploadForRealProvider(options);
            }
            else
            {
                server = await DevServerHost.StartAsync(new DevServerOptions { DataFolder = options.DevServerFolder, Port = options.Port, IntervalSeconds = options.IntervalSeconds });
                serverStarted?.Invoke(server);
                console.MarkupLine("[grey]Local authorization server on[/] " + Markup.Escape(server.BaseUrl.ToString()) + " [grey](its development CA is the board's root CA file; started in " + started.ElapsedMilliseconds + " ms)[/]");
                ConfigFile.UploadForDevServer(options, server);
            }

            console.MarkupLine("[grey]config.json uploaded to the simulated flash: " + Markup.Escape(options.FlashFolder) + "[/]");
            return await RunFirmwareAsync(options, console, server, buttonLines, ctrlC.Token);
        }
        catch (OperationCanceledException) when (ctrlC.IsCancellationRequested)
        {
            console.MarkupLine("[grey]Stopped (Ctrl+C).[/]");
            return StoppedExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Net.Http.HttpRequestException)
        {
            console.MarkupLine("[red]" + Markup.Escape(e.Message) + "[/]");
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= onCtrlC;
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }
    }

    private static async Task<int> RunFirmwareAsync(SimulatorOptions options, IAnsiConsole console, RunningDevServer? server, TextReader? buttonLines, CancellationToken stop)
    {
        var oled = new OledTerminal(options.FramesFolder, console);
        var keyboard = new KeyboardButton(stop);
        keyboard.InputEnded += () => console.MarkupLine("[grey]No button: standard input has ended (pipe lines \"p\" or \"r\" to press it, or run in a terminal).[/]");
        if (buttonLines is not null || Console.IsInputRedirected)
        {
            keyboard.ListenToLines(buttonLines ?? Console.In);
        }
        else
        {
            keyboard.ListenToKeys();
        }

        if (options.Reset)
        {
            keyboard.Press(ButtonPress.Long);
        }

        IRunObserver watcher = new TerminalWatcher(oled, console, options.Provider is null ? null : ProviderPresets.Find(options.Provider));
        IButton button = keyboard;
        if (options.AutoApprove && server is not null)
        {
            watcher = new AutoApprover(watcher, server.CaCertificate, console);
            button = new AutoPressButton(keyboard);
        }

        using var board = new PcBoard(options.FlashFolder, oled, button, new SpectreLog(console, options.Verbose), new SystemClock(stop), watcher);
        var firmware = new DeviceFirmware(board);
        Task<string?> run = Task.Run<string?>(() => firmware.Run(options.Readings ?? DeviceFirmware.Forever), CancellationToken.None);

        // Ctrl+C ends the run at once, even in the middle of a request (which its own timeout bounds).
        await Task.WhenAny(run, Task.Delay(Timeout.Infinite, stop)).ConfigureAwait(false);
        stop.ThrowIfCancellationRequested();
        string? halted = await run;
        console.MarkupLine("[grey]OLED frames saved in " + Markup.Escape(options.FramesFolder) + "[/]");
        if (halted is not null)
        {
            return 1;
        }

        console.MarkupLine(firmware.ReadingsAccepted + " of " + options.Readings + " readings accepted.");
        return firmware.ReadingsAccepted == options.Readings ? 0 : 1;
    }
}
