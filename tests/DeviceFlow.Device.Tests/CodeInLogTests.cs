using DeviceFlow.Core.Device;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Testing;

namespace DeviceFlow.Device.Tests;

public class CodeInLogTests
{
    [Fact]
    public void The_code_and_url_are_logged_once_per_code_and_every_state_reaches_the_screen()
    {
        var time = new VirtualTime();
        var log = new RecordingLog();
        var screen = new RecordingObserver();
        var server = new ScriptedTransport(time, roundTripMs: 100)
            .ThenJson(200, OAuthJson.DeviceAuthorization(interval: 5))
            .ThenJson(400, OAuthJson.Error("authorization_pending"))
            .ThenJson(200, OAuthJson.Tokens());
        var client = new ClientConfig { ClientId = "c", DeviceAuthorizationUrl = "https://id.example/device", TokenUrl = "https://id.example/token" };
        var protocol = new DeviceFlowProtocol(client, server);

        PairingState end = new PairingRunner(protocol, time, time, log, new CodeInLog(screen, log)).Pair();

        Assert.Equal(PairingPhase.Authorized, end.Phase);
        string line = Assert.Single(log.Lines, l => l.Contains("and enter", System.StringComparison.Ordinal));
        Assert.Contains("WDJB-MJHT", line, System.StringComparison.Ordinal);
        Assert.DoesNotContain(log.Lines, l => l.Contains(OAuthJson.DeviceCode, System.StringComparison.Ordinal));
        Assert.True(screen.States.Count >= 3);
        Assert.Equal(PairingPhase.Authorized, screen.States[^1].Phase);
    }
}
