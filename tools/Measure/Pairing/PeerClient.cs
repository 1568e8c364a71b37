using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Threading;
using DeviceFlow.DevServer;

namespace DeviceFlow.Measure.Pairing;

/// <summary>
/// One pairing by the peer: openid-client (npm) on Node, run as tools/Measure/peer/pair.mjs against the same
/// server. It reports on stdout when the code is known and when tokens arrive; the server counts its requests.
/// </summary>
public static class PeerClient
{
    public const string Name = "openid-client (Node)";

    public static PairingRun Pair(RunningDevServer server, PairingScenario scenario, int approverConnections, string peerDirectory, string caPemPath)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = peerDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "pair.mjs", server.BaseUrl.ToString().TrimEnd('/'), server.DeviceAuthorizationEndpoint.ToString(), server.TokenEndpoint.ToString(), DevServerOptions.FirmwareClientId, PairingSection.Scope })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NODE_EXTRA_CA_CERTS"] = caPemPath;
        var clock = Stopwatch.StartNew();
        var approval = new ScheduledApproval(server.CaCertificate, clock);
        int handshakesBefore = server.Counters.TlsHandshakes;
        using Process node = StartTool(start);

        // A peer that never finishes must not hang the run: past the approval plus a minute, it is stopped.
        using var watchdog = new Timer(_ => StopQuietly(node), null, TimeSpan.FromMilliseconds(scenario.ApprovalMs + 60_000), Timeout.InfiniteTimeSpan);
        string? userCode = null;
        long tokensAtMs = -1;
        try
        {
            string? line;
            while (tokensAtMs < 0 && (line = node.StandardOutput.ReadLine()) is not null)
            {
                using JsonDocument message = JsonDocument.Parse(line);
                JsonElement root = message.RootElement;
                switch (root.GetProperty("event").GetString())
                {
                    case "code":
                        userCode = root.GetProperty("user_code").GetString();
                        approval.Schedule(new Uri(root.GetProperty("verification_uri_complete").GetString()!), scenario.ApprovalMs);
                        break;
                    case "tokens":
                        tokensAtMs = clock.ElapsedMilliseconds;
                        break;
                    default:
                        throw new InvalidOperationException("peer failed: " + root.GetProperty("error").GetString() + " " + node.StandardError.ReadToEnd());
                }
            }
        }
        finally
        {
            if (!node.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                StopQuietly(node);
            }
        }

        if (tokensAtMs < 0 || userCode is null)
        {
            throw new InvalidOperationException("peer ended without tokens: " + node.StandardError.ReadToEnd());
        }

        approval.WaitUntilDone();
        int connections = server.Counters.TlsHandshakes - handshakesBefore - approverConnections;
        return new PairingRun(Name, scenario, server.Counters.TokenRequestsFor(userCode), connections, tokensAtMs - approval.ApprovedAtMs, double.NaN, approverConnections);
    }

    /// <summary>Starts node or npm, or says plainly that tables 1–3 need Node 20+ (the other tables do not).</summary>
    private static Process StartTool(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("cannot start " + start.FileName);
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(start.FileName + " not found: tables 1–3 need Node 20+ and npm (or run with --only 4,5,6)", e);
        }
    }

    private static void StopQuietly(Process node)
    {
        try
        {
            node.Kill();
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
    }

    /// <summary>Installs the peer's locked npm packages when they are missing (npm ci reads package-lock.json).</summary>
    public static void EnsureInstalled(string peerDirectory)
    {
        if (Directory.Exists(Path.Combine(peerDirectory, "node_modules", "openid-client")))
        {
            return;
        }

        var npm = new ProcessStartInfo("npm") { WorkingDirectory = peerDirectory, UseShellExecute = false };
        foreach (string argument in new[] { "ci", "--no-audit", "--no-fund", "--silent" })
        {
            npm.ArgumentList.Add(argument);
        }

        using Process process = StartTool(npm);
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("npm ci failed in " + peerDirectory);
        }
    }
}
