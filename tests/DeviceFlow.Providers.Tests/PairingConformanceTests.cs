using System.Linq;
using DeviceFlow.Core.Display;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Providers;
using DeviceFlow.Testing;

namespace DeviceFlow.Providers.Tests;

/// <summary>
/// Every preset drives a whole pairing through the core (PairingRunner) against a fake of its provider:
/// success, pending, slow_down, denial and expiry, in virtual time.
/// </summary>
public class PairingConformanceTests
{
    private const long RoundTripMs = 150;

    private readonly VirtualTime _time = new();
    private readonly RecordingLog _log = new();
    private readonly RecordingObserver _observer = new();

    public static TheoryData<string> Presets() => new(ProviderFakes.All.Select(fake => fake.Preset));

    [Theory]
    [MemberData(nameof(Presets))]
    public void Success_yields_the_providers_tokens(string preset)
    {
        ProviderFake fake = ProviderFakes.Get(preset);
        var server = Server(fake).Then(fake.Tokens);

        PairingState state = Pair(fake, server);

        Assert.Equal(PairingPhase.Authorized, state.Phase);
        Assert.Equal(fake.AccessToken, state.Tokens.AccessToken);
        Assert.Equal(2, server.Sent.Count);
        Assert.Equal(fake.IntervalSeconds * 1000, server.Sent[1].SentAtMs - server.Sent[0].SentAtMs - RoundTripMs);
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void Pending_polls_again_after_the_interval(string preset)
    {
        ProviderFake fake = ProviderFakes.Get(preset);
        var server = Server(fake).Then(fake.Pending).Then(fake.Pending).Then(fake.Tokens);

        PairingState state = Pair(fake, server);

        Assert.Equal(PairingPhase.Authorized, state.Phase);
        Assert.Equal(new[] { Interval(fake), Interval(fake) }, PollGaps(server));
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void Slow_down_stretches_every_later_poll(string preset)
    {
        ProviderFake fake = ProviderFakes.Get(preset);
        var server = Server(fake).Then(fake.SlowDown).Then(fake.Pending).Then(fake.Tokens);

        PairingState state = Pair(fake, server);

        // RFC 8628 §3.5: +5 s for this and all later requests; GitHub names the new interval itself.
        long slowed = System.Math.Max(fake.IntervalSeconds + 5, fake.SlowDownIntervalSeconds) * 1000L + RoundTripMs;
        Assert.Equal(PairingPhase.Authorized, state.Phase);
        Assert.Equal(new[] { slowed, slowed }, PollGaps(server));
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void Denial_stops_polling_at_once(string preset)
    {
        ProviderFake fake = ProviderFakes.Get(preset);
        var server = Server(fake).Then(fake.Pending).Then(fake.Denied);

        PairingState state = Pair(fake, server);

        Assert.Equal(PairingPhase.Denied, state.Phase);
        Assert.Equal(3, server.Sent.Count);
        Assert.Equal("Sign-in was declined", ErrorMessages.Describe(ProviderPresets.Find(preset), state.Reason, null));
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void Expiry_stops_polling_and_asks_for_a_new_code(string preset)
    {
        ProviderFake fake = ProviderFakes.Get(preset);
        var server = Server(fake).Then(fake.Pending);
        foreach (HttpResult expired in fake.Expired)
        {
            server.Then(expired);
        }

        PairingState state = Pair(fake, server);

        // Auth0 answers expired_token exactly once and invalid_grant after: the device must stop at the first.
        Assert.Equal(PairingPhase.Expired, state.Phase);
        Assert.Equal("expired_token", state.Reason);
        Assert.Equal(3, server.Sent.Count);
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void Screen_and_log_get_the_code_and_page_but_no_secret(string preset)
    {
        ProviderFake fake = ProviderFakes.Get(preset);
        var server = Server(fake).Then(fake.Pending).Then(fake.Tokens);

        Pair(fake, server);

        PairingState shown = _observer.States.First(state => state.Phase == PairingPhase.ShowingCode);
        Assert.Equal(fake.UserCode, shown.UserCode);
        if (fake.ShortVerificationUrl != null)
        {
            Assert.Equal(fake.ShortVerificationUrl, VerificationUrl.Shorten(shown.VerificationUri));
        }

        foreach (string secret in fake.Secrets)
        {
            Assert.DoesNotContain(secret, _log.All);
        }
    }

    private ScriptedTransport Server(ProviderFake fake)
        => new ScriptedTransport(_time, RoundTripMs).Then(fake.DeviceAuthorization);

    private PairingState Pair(ProviderFake fake, ScriptedTransport server)
    {
        ClientConfig config = ProviderClientConfig.Build(ProviderPresets.Find(fake.Preset), fake.Settings, out string? problem)
            ?? throw new Xunit.Sdk.XunitException(problem);
        var protocol = new DeviceFlowProtocol(config, server);
        return new PairingRunner(protocol, _time, _time, _log, _observer).Pair();
    }

    private static long Interval(ProviderFake fake) => fake.IntervalSeconds * 1000L + RoundTripMs;

    private static long[] PollGaps(ScriptedTransport server)
    {
        long[] polls = server.Sent.Skip(1).Select(sent => sent.SentAtMs).ToArray();
        return polls.Skip(1).Select((at, i) => at - polls[i]).ToArray();
    }
}
