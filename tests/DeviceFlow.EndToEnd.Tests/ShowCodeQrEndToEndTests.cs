using System.Linq;
using System.Threading.Tasks;
using DeviceFlow.Core.Display;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Testing.Camera;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>issue 15, against the real DevServer: its verification_uri_complete, as OpenIddict sends it, fits the two-pixel QR.</summary>
public sealed class ShowCodeQrEndToEndTests
{
    [Fact]
    public async Task The_DevServers_complete_uri_gets_a_QR_a_phone_reads_from_its_focus_limit()
    {
        await using TestBench bench = await TestBench.StartAsync();
        var user = new ScriptedUser(bench.Server, UserAction.Deny);
        bench.Runner(user).Pair();
        PairingState showing = user.States.First(s => s.Phase == PairingPhase.ShowingCode);
        string complete = showing.VerificationUriComplete!;
        Assert.StartsWith(bench.Server.VerificationPage + "?user_code=", complete);

        var frame = new Frame();
        new ShowCodeScreen().Draw(frame, showing.UserCode, VerificationUrl.Shorten(showing.VerificationUri), complete, 299, 900, PairingTrouble.None);

        var camera = new VirtualCamera();
        Assert.True(new QrScan(camera, 5, 15).ReadsAt(new OledPanel(frame.Bytes), complete, (int)(camera.MinFocusMm / 10)));
    }
}
