using System;
using System.Threading;
using System.Threading.Tasks;

namespace DeviceFlow.DevServer;

/// <summary>
/// The DevServer as its own exe: dotnet run --project tools/DevServer -- [--port N] [--interval S]
/// [--lifetime S] [--data DIR] [--misbehave slow_down|deny|drop|throttle]. Ctrl+C stops it.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        DevServerOptions? options = ParseArguments(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: DeviceFlow.DevServer [--port N] [--interval SECONDS] [--lifetime SECONDS] [--data DIR] [--misbehave slow_down|deny|drop|throttle]");
            return 2;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        await using RunningDevServer server = await DevServerHost.StartAsync(options, stop.Token);
        Console.WriteLine("DevServer listening on " + server.BaseUrl);
        Console.WriteLine("  device authorization: " + server.DeviceAuthorizationEndpoint);
        Console.WriteLine("  token:                " + server.TokenEndpoint);
        Console.WriteLine("  verification page:    " + server.VerificationPage);
        Console.WriteLine("  client_id:            " + DevServerOptions.FirmwareClientId);
        Console.WriteLine("  development CA:       " + System.IO.Path.GetFullPath(System.IO.Path.Combine(options.DataFolder, "dev-ca.crt")));
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("stopping");
        }

        return 0;
    }

    private static DevServerOptions? ParseArguments(string[] args)
    {
        var options = new DevServerOptions { ConsoleLogging = true };
        for (int i = 0; i < args.Length; i++)
        {
            string? value = i + 1 < args.Length ? args[i + 1] : null;
            bool ok = args[i] switch
            {
                "--port" => int.TryParse(value, out int port) && (options.Port = port) >= 0,
                "--interval" => int.TryParse(value, out int interval) && (options.IntervalSeconds = interval) > 0,
                "--lifetime" => int.TryParse(value, out int lifetime) && lifetime > 0 && (options.CodeLifetime = TimeSpan.FromSeconds(lifetime)) > TimeSpan.Zero,
                "--data" => value is not null && (options.DataFolder = value).Length > 0,
                "--misbehave" => value is not null && PollScripts.Parse(value) is PollScript script && (options.PollScript = script) is not null,
                _ => false,
            };
            if (!ok)
            {
                return null;
            }

            i++;
        }

        return options;
    }
}
