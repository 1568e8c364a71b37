using System;
using System.Threading.Tasks;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Protocol;
using DeviceFlow.DevServer;
using DeviceFlow.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>Wrong, expired and replayed codes and an unknown client each get the RFC's error and the right end state.</summary>
public sealed class BadInputEndToEndTests
{
    [Fact]
    public async Task A_mistyped_code_is_refused_on_the_page_and_the_device_keeps_waiting()
    {
        await using TestBench bench = await TestBench.StartAsync();
        DeviceAuthorization code = bench.Protocol().RequestDeviceAuthorization().Authorization;

        using var user = new VerificationPageClient(bench.Server.CaCertificate);
        VerificationPageClient.Outcome outcome = await user.DecideAsync(new Uri(code.VerificationUri), "0000-0000-0000", approve: true);

        Assert.True(outcome.CodeRejected);
        Assert.False(outcome.Approved);
        Assert.Equal(TokenAnswerKind.Pending, bench.Protocol().PollToken(code.DeviceCode).Kind);
    }

    [Fact]
    public async Task A_code_past_its_lifetime_gets_expired_token_from_the_server()
    {
        // The server's clock is a fake one (starting now: the signing certificates must be valid at it), so the
        // code expires when the test moves the clock past its lifetime, not after a real wait.
        var serverClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using TestBench bench = await TestBench.StartAsync(o =>
        {
            o.CodeLifetime = TimeSpan.FromMinutes(5);
            o.TimeProvider = serverClock;
        });
        DeviceAuthorization code = bench.Protocol().RequestDeviceAuthorization().Authorization;
        Assert.Equal(TokenAnswerKind.Pending, bench.Protocol().PollToken(code.DeviceCode).Kind);
        serverClock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        TokenAnswer answer = bench.Protocol().PollToken(code.DeviceCode);

        Assert.Equal(TokenAnswerKind.Expired, answer.Kind);
        Assert.Equal("expired_token", answer.Reason);
        PairingState state = PairingMachine.Step(ShowingCode(code), PairingEvent.PollAnswered(answer, 0), 0);
        Assert.Equal(PairingPhase.Expired, state.Phase);
        var oled = new OledRecorder();
        oled.Screen.Changed(state, 0);
        Assert.Equal(OledRecorder.Expected((screens, frame) => screens.Message(frame, "EXPIRED", "The code expired before anyone entered it", "Press for a new code")), oled.LastFrame);
    }

    [Fact]
    public async Task A_replayed_device_code_is_refused_with_invalid_grant_and_ends_in_failure()
    {
        await using TestBench bench = await TestBench.StartAsync();
        DeviceAuthorization code = bench.Protocol().RequestDeviceAuthorization().Authorization;
        using (var user = new VerificationPageClient(bench.Server.CaCertificate))
        {
            Assert.True((await user.DecideAsync(new Uri(code.VerificationUriComplete), null, approve: true)).Approved);
        }

        Assert.Equal(TokenAnswerKind.Tokens, bench.Protocol().PollToken(code.DeviceCode).Kind);
        TokenAnswer replay = bench.Protocol().PollToken(code.DeviceCode);

        Assert.Equal(TokenAnswerKind.Rejected, replay.Kind);
        Assert.Equal("invalid_grant", replay.Reason);
        PairingState failed = PairingMachine.Step(ShowingCode(code), PairingEvent.PollAnswered(replay, 0), 0);
        Assert.Equal(PairingPhase.Failed, failed.Phase);
        var oled = new OledRecorder();
        oled.Screen.Changed(failed, 0);
        Assert.Equal(OledRecorder.Expected((screens, frame) => screens.Message(frame, "REFUSED", "Code no longer valid: press to try again", "Press to retry")), oled.LastFrame);
        Assert.Equal(2, bench.Server.Counters.TokenRequestsFor(code.UserCode));
    }

    [Fact]
    public async Task An_unknown_client_gets_invalid_client_and_the_device_shows_a_failure_without_polling()
    {
        await using TestBench bench = await TestBench.StartAsync();
        ClientConfig stranger = new()
        {
            ClientId = "not-registered",
            Scope = DevServerOptions.ReadingsScope,
            DeviceAuthorizationUrl = bench.Config.DeviceAuthorizationUrl,
            TokenUrl = bench.Config.TokenUrl,
        };
        var oled = new OledRecorder();
        var user = new ScriptedUser(bench.Server, UserAction.Approve, oled.Screen);

        PairingState ended = new PairingRunner(bench.Protocol(stranger), bench.Clock, bench.Clock, bench.Log, user).Pair();

        Assert.Equal(PairingPhase.Failed, ended.Phase);
        Assert.Equal("invalid_client", ended.Reason);
        Assert.Equal(OledRecorder.Expected((screens, frame) => screens.Message(frame, "REFUSED", "Client not accepted: check client_id/secret", "Press to retry")), oled.LastFrame);
        Assert.Equal(0, bench.Server.Counters.DeviceCodesIssued);
    }

    /// <summary>The state a device is in while it shows <paramref name="code"/> (the answer arrived at time 0).</summary>
    private static PairingState ShowingCode(DeviceAuthorization code)
    {
        PairingState requesting = PairingMachine.Step(PairingState.Idle, PairingEvent.StartRequested(), 0);
        return PairingMachine.Step(requesting, PairingEvent.CodeAnswered(new DeviceAuthorizationAnswer(code, null, null), 0), 0);
    }
}
