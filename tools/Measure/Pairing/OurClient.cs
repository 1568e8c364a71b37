using System;
using System.Diagnostics;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Protocol;
using DeviceFlow.DevServer;
using DeviceFlow.Host;
using DeviceFlow.Measure.Fleet;

namespace DeviceFlow.Measure.Pairing;

/// <summary>
/// One pairing by the firmware's core on the host: the real PairingRunner and DeviceFlowProtocol over the
/// simulator's HTTPS transport (one connection per request, like nanoFramework's HttpClient), in real time.
/// </summary>
public static class OurClient
{
    public const string Name = "this firmware (core on host)";

    public static PairingRun Pair(RunningDevServer server, PairingScenario scenario, int approverConnections)
    {
        var clock = Stopwatch.StartNew();
        var approval = new ScheduledApproval(server.CaCertificate, clock);
        using HttpsTransport https = HttpsTransport.TrustingOnly(server.CaCertificate, TimeSpan.FromSeconds(30));
        var transport = new TimingTransport(https);
        var protocol = new DeviceFlowProtocol(Config(server), transport);
        var time = new SystemClock();
        var user = new ApproveWhenShown(approval, scenario.ApprovalMs);

        int handshakesBefore = server.Counters.TlsHandshakes;
        PairingState end = new PairingRunner(protocol, time, time, Silent.Instance, user).Pair();
        long tokensAtMs = clock.ElapsedMilliseconds;
        approval.WaitUntilDone();
        if (end.Phase != PairingPhase.Authorized)
        {
            throw new InvalidOperationException("our pairing ended " + end.Phase + " (" + end.Reason + ")");
        }

        int connections = server.Counters.TlsHandshakes - handshakesBefore - approverConnections;
        return new PairingRun(Name, scenario, server.Counters.TokenRequestsFor(end.UserCode!), connections, tokensAtMs - approval.ApprovedAtMs, transport.MedianRoundTripMs, approverConnections);
    }

    public static ClientConfig Config(RunningDevServer server) => new()
    {
        ClientId = DevServerOptions.FirmwareClientId,
        Scope = PairingSection.Scope,
        DeviceAuthorizationUrl = server.DeviceAuthorizationEndpoint.ToString(),
        TokenUrl = server.TokenEndpoint.ToString(),
    };

    /// <summary>Schedules the user's approval the first time the code is on screen.</summary>
    private sealed class ApproveWhenShown : IPairingObserver
    {
        private readonly ScheduledApproval _approval;
        private readonly long _delayMs;

        public ApproveWhenShown(ScheduledApproval approval, long delayMs)
        {
            _approval = approval;
            _delayMs = delayMs;
        }

        public void Changed(PairingState state, long nowMs)
        {
            if (state.Phase == PairingPhase.ShowingCode && !_approval.Started)
            {
                _approval.Schedule(new Uri(state.VerificationUriComplete ?? throw new InvalidOperationException("the DevServer sent no verification_uri_complete")), _delayMs);
            }
        }
    }
}
