using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using DeviceFlow.Core.Protocol;
using DeviceFlow.DevServer;
using DeviceFlow.Host;
using DeviceFlow.Measure.Report;

namespace DeviceFlow.Measure.Pairing;

/// <summary>
/// Tables 1–3: real pairings against the local DevServer (OpenIddict, HTTPS on loopback) by this firmware's core
/// and by the peer client, with a scripted user approving on the real verification page after T seconds.
/// </summary>
public static class PairingSection
{
    /// <summary>The DevServer's API scope; no "openid", so neither client has an ID token to fetch keys for.</summary>
    public const string Scope = "readings offline_access";

    /// <summary>Approval times per interval, none a multiple of it, so the RFC minimum is unambiguous.</summary>
    public static readonly PairingScenario[] Scenarios =
    [
        new(2, 3), new(2, 7), new(5, 7), new(5, 12),
    ];

    public static Section[] Run(string repositoryRoot)
    {
        string peerDirectory = Path.Combine(repositoryRoot, "tools", "Measure", "peer");
        PeerClient.EnsureInstalled(peerDirectory);
        string data = Path.Combine(Path.GetTempPath(), "deviceflow-measure-" + Environment.ProcessId);
        var runs = new List<(PairingRun Ours, PairingRun Peer)>();
        try
        {
            foreach (IGrouping<int, PairingScenario> byInterval in Scenarios.GroupBy(s => s.IntervalSeconds))
            {
                runs.AddRange(RunWithServer(Path.Combine(data, "interval-" + byInterval.Key), byInterval.Key, byInterval.ToArray(), peerDirectory));
            }
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }

        return [RequestsSection(runs), LatencySection(runs), ConnectionsSection(runs)];
    }

    private static List<(PairingRun, PairingRun)> RunWithServer(string dataFolder, int intervalSeconds, PairingScenario[] scenarios, string peerDirectory)
    {
        var options = new DevServerOptions { DataFolder = dataFolder, Port = 0, IntervalSeconds = intervalSeconds };
        RunningDevServer server = DevServerHost.StartAsync(options).GetAwaiter().GetResult();
        try
        {
            string caPem = Path.Combine(dataFolder, "measure-ca.pem");
            File.WriteAllText(caPem, server.CaCertificate.ExportCertificatePem());
            int approverConnections = ApproverConnections(server);
            var runs = new List<(PairingRun, PairingRun)>();
            foreach (PairingScenario scenario in scenarios)
            {
                Console.Error.WriteLine($"(pairing: interval {scenario.IntervalSeconds} s, approval after {scenario.ApprovalSeconds} s)");
                runs.Add((OurClient.Pair(server, scenario, approverConnections), PeerClient.Pair(server, scenario, approverConnections, peerDirectory, caPem)));
            }

            return runs;
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// The scripted user's own TLS connections (sign-in and consent), measured alone in the same run, so they
    /// can be taken out of each pairing's count: the server counts handshakes, not who made them.
    /// </summary>
    private static int ApproverConnections(RunningDevServer server)
    {
        using HttpsTransport https = HttpsTransport.TrustingOnly(server.CaCertificate, TimeSpan.FromSeconds(30));
        DeviceAuthorizationAnswer code = new DeviceFlowProtocol(OurClient.Config(server), https).RequestDeviceAuthorization();
        int before = server.Counters.TlsHandshakes;
        var approval = new ScheduledApproval(server.CaCertificate, Stopwatch.StartNew());
        approval.Schedule(new Uri(code.Authorization.VerificationUriComplete), 0);
        approval.WaitUntilDone();
        return server.Counters.TlsHandshakes - before;
    }

    private static Section RequestsSection(List<(PairingRun Ours, PairingRun Peer)> runs)
    {
        var section = new Section(1, "Token requests per pairing against the RFC 8628 minimum (DevServer, OpenIddict)");
        var table = new MarkdownTable("interval s", "approval after s", "RFC minimum", "ours", "ours vs minimum", "peer", "peer vs minimum");
        foreach ((PairingRun ours, PairingRun peer) in runs)
        {
            long minimum = ours.Scenario.MinimumTokenRequests;
            table.Row(ours.Scenario.IntervalSeconds, ours.Scenario.ApprovalSeconds, minimum, ours.TokenRequests, MarkdownTable.Ratio((double)ours.TokenRequests / minimum), peer.TokenRequests, MarkdownTable.Ratio((double)peer.TokenRequests / minimum));
        }

        section.Tables.Add(table);
        section.Notes.Add("RFC minimum = ⌊T / interval⌋ pending polls + 1 poll that gets the tokens (§3.5: no poll before the interval). Each pairing also sends 1 device authorization request (§3.1).");
        section.Notes.Add($"Peer: {PeerClient.Name} 6.8.9 (initiateDeviceAuthorization, pollDeviceAuthorizationGrant), server metadata given directly (no discovery). Counted by the DevServer per user code.");
        return section;
    }

    private static Section LatencySection(List<(PairingRun Ours, PairingRun Peer)> runs)
    {
        var section = new Section(2, "Approval → tokens latency (ms) against the goal interval + one round trip");
        var table = new MarkdownTable("interval s", "approval after s", "round trip ms", "goal ms", "ours ms", "ours vs goal", "peer ms", "peer vs goal");
        foreach ((PairingRun ours, PairingRun peer) in runs)
        {
            double goal = RfcMinimum.LatencyGoalMs(ours.Scenario.IntervalMs, (long)Math.Ceiling(ours.RoundTripMs));
            table.Row(ours.Scenario.IntervalSeconds, ours.Scenario.ApprovalSeconds, Math.Round(ours.RoundTripMs, 1), goal, ours.ApprovalToTokensMs, MarkdownTable.Ratio(ours.ApprovalToTokensMs / goal), peer.ApprovalToTokensMs, MarkdownTable.Ratio(peer.ApprovalToTokensMs / goal));
        }

        section.Tables.Add(table);
        section.Notes.Add("From the moment the scripted user's consent POST returned to the moment the client had tokens, on the harness's clock. Round trip: median of our client's exchanges in the same run (new TLS connection each).");
        return section;
    }

    private static Section ConnectionsSection(List<(PairingRun Ours, PairingRun Peer)> runs)
    {
        var section = new Section(3, "TLS connections per pairing, counted at the server");
        var table = new MarkdownTable("interval s", "approval after s", "ours requests", "ours TLS", "ours TLS per request", "peer requests", "peer TLS", "peer TLS per request", "ours vs peer");
        foreach ((PairingRun ours, PairingRun peer) in runs)
        {
            table.Row(ours.Scenario.IntervalSeconds, ours.Scenario.ApprovalSeconds, ours.Requests, ours.TlsConnections, MarkdownTable.Ratio((double)ours.TlsConnections / ours.Requests),
                peer.Requests, peer.TlsConnections, MarkdownTable.Ratio((double)peer.TlsConnections / peer.Requests), MarkdownTable.Ratio((double)ours.TlsConnections / peer.TlsConnections));
        }

        section.Tables.Add(table);
        string approver = string.Join(", ", runs.Select(r => r.Ours.ApproverConnections).Distinct());
        section.Notes.Add($"TLS handshakes seen by the DevServer during each pairing, less the scripted user's own ({approver} per approval, measured alone in the same run). Our host transport sends Connection: close, as nanoFramework's HttpClient does, so every request pays a handshake.");
        return section;
    }
}
