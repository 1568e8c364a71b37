using System.Linq;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Testing;

namespace DeviceFlow.Core.Tests;

/// <summary>
/// Every polling rule of RFC 8628 §3.5 (and the spine issue), each as its own test, run through the runner in
/// virtual time against a scripted server. Times are in milliseconds of virtual time.
/// </summary>
public class PairingRuleTests
{
    private readonly VirtualTime _time = new();
    private readonly RecordingLog _log = new();
    private readonly RecordingObserver _observer = new();

    [Fact]
    public void First_poll_waits_one_interval_after_the_authorization_response()
    {
        var server = Server(roundTripMs: 300).ThenJson(200, OAuthJson.DeviceAuthorization(interval: 7)).ThenJson(200, OAuthJson.Tokens());
        Runner(server).Pair();

        long codeAnsweredAt = server.Sent[0].SentAtMs + 300;
        Assert.Equal(codeAnsweredAt + 7000, server.Sent[1].SentAtMs);
    }

    [Theory]
    [InlineData(500, 9000)]
    [InlineData(999, 11994)]
    [InlineData(5000, 11994)]
    [InlineData(-7, 6000)]
    public void First_poll_jitter_adds_at_most_one_more_interval(int permille, long expectedWaitMs)
    {
        var server = Server().ThenJson(200, OAuthJson.DeviceAuthorization(interval: 6)).ThenJson(200, OAuthJson.Tokens());
        Runner(server).Pair(permille);

        Assert.Equal(expectedWaitMs, server.Sent[1].SentAtMs - server.Sent[0].SentAtMs);
    }

    [Fact]
    public void Pending_waits_the_interval_before_the_next_poll()
    {
        var server = Server(roundTripMs: 200).ThenJson(200, OAuthJson.DeviceAuthorization(interval: 5));
        Pending(server, 3).ThenJson(200, OAuthJson.Tokens());
        Runner(server).Pair();

        long[] polls = PollTimes(server);
        Assert.Equal(4, polls.Length);
        for (int i = 1; i < polls.Length; i++)
        {
            Assert.Equal(5200, polls[i] - polls[i - 1]);
        }
    }

    [Fact]
    public void Slow_down_adds_five_seconds_to_this_and_all_later_polls()
    {
        var server = Server().ThenJson(200, OAuthJson.DeviceAuthorization(interval: 5))
            .ThenJson(400, OAuthJson.Error("slow_down"))
            .ThenJson(400, OAuthJson.Error("authorization_pending"))
            .ThenJson(400, OAuthJson.Error("slow_down"))
            .ThenJson(400, OAuthJson.Error("authorization_pending"))
            .ThenJson(200, OAuthJson.Tokens());
        Runner(server).Pair();

        Assert.Equal(new long[] { 10000, 10000, 15000, 15000 }, Gaps(PollTimes(server)));
    }

    [Fact]
    public void Slow_down_takes_the_server_interval_when_it_is_larger()
    {
        var server = Server().ThenJson(200, OAuthJson.DeviceAuthorization(interval: 5))
            .ThenJson(200, OAuthJson.Error("slow_down", "\"interval\":30"))
            .ThenJson(200, OAuthJson.Error("authorization_pending"))
            .ThenJson(200, OAuthJson.Error("slow_down", "\"interval\":6"))
            .ThenJson(200, OAuthJson.Tokens());
        Runner(server).Pair();

        // 5 → max(10, 30) = 30; then max(35, 6) = 35.
        Assert.Equal(new long[] { 30000, 30000, 35000 }, Gaps(PollTimes(server)));
    }

    [Fact]
    public void Http_429_counts_as_slow_down_and_honours_retry_after()
    {
        var server = Server().ThenJson(200, OAuthJson.DeviceAuthorization(interval: 5))
            .Then(HttpResult.Completed(429, "text/plain", "Too Many Requests", 42))
            .ThenJson(400, OAuthJson.Error("authorization_pending"))
            .ThenJson(429, "{}")
            .ThenJson(200, OAuthJson.Tokens());
        Runner(server).Pair();

        // Retry-After 42 s stretches one wait; the interval itself became 10 s, then 15 s.
        Assert.Equal(new long[] { 42000, 10000, 15000 }, Gaps(PollTimes(server)));
    }

    [Theory]
    [InlineData("access_denied", PairingPhase.Denied)]
    [InlineData("authorization_declined", PairingPhase.Denied)]
    [InlineData("expired_token", PairingPhase.Expired)]
    [InlineData("bad_verification_code", PairingPhase.Failed)]
    [InlineData("invalid_grant", PairingPhase.Failed)]
    [InlineData("something_new", PairingPhase.Failed)]
    public void Terminal_errors_stop_polling_at_once(string error, PairingPhase phase)
    {
        var server = Server().ThenJson(200, OAuthJson.DeviceAuthorization());
        Pending(server, 2).ThenJson(400, OAuthJson.Error(error));
        PairingState end = Runner(server).Pair();

        Assert.Equal(phase, end.Phase);
        Assert.Equal(error, end.Reason);
        Assert.Equal(3, PollTimes(server).Length);
    }

    [Fact]
    public void Local_deadline_expires_even_if_the_server_still_says_pending()
    {
        var server = Server().ThenJson(200, OAuthJson.DeviceAuthorization(expiresIn: 60, interval: 5));
        server.Fallback = _ => HttpResult.Completed(400, "application/json", OAuthJson.Error("authorization_pending"), -1);
        PairingState end = Runner(server).Pair();

        Assert.Equal(PairingPhase.Expired, end.Phase);
        Assert.Equal("code expired", end.Reason);
        Assert.All(PollTimes(server), t => Assert.True(t < 60000));
        Assert.Equal(11, PollTimes(server).Length);
        Assert.Equal(60000, _time.MonotonicMilliseconds);
    }

    [Fact]
    public void Deadline_counts_from_when_the_code_request_was_sent()
    {
        _time.Advance(1000);
        var server = Server(roundTripMs: 4000).ThenJson(200, OAuthJson.DeviceAuthorization(expiresIn: 30, interval: 5));
        server.Fallback = _ => HttpResult.Completed(400, "application/json", OAuthJson.Error("authorization_pending"), -1);
        Runner(server).Pair();

        // Sent at 1 s, so the code lapses at 31 s although the answer only arrived at 5 s; the poll sent at
        // 28 s is answered "pending" at 32 s, past the deadline, and that answer ends the pairing.
        Assert.All(_observer.States.Where(s => s.Phase == PairingPhase.ShowingCode), s => Assert.Equal(31000, s.DeadlineMs));
        Assert.Equal(new long[] { 10000, 19000, 28000 }, PollTimes(server));
        Assert.Equal(PairingPhase.Expired, _observer.States[^1].Phase);
    }

    [Fact]
    public void Transport_failures_back_off_exponentially_with_a_cap()
    {
        var server = Server().ThenJson(200, OAuthJson.DeviceAuthorization(expiresIn: 900, interval: 5));
        for (int i = 0; i < 6; i++)
        {
            server.Then(HttpResult.Failure(TransportOutcome.Timeout, null));
        }

        server.ThenJson(400, OAuthJson.Error("authorization_pending")).ThenJson(200, OAuthJson.Tokens());
        Runner(server).Pair();

        // 10, 20, 40, then capped at 60; a real answer resets the streak back to the interval.
        Assert.Equal(new long[] { 10000, 20000, 40000, 60000, 60000, 60000, 5000 }, Gaps(PollTimes(server)));
    }

    [Fact]
    public void Server_errors_back_off_and_honour_retry_after()
    {
        var server = Server().ThenJson(200, OAuthJson.DeviceAuthorization(expiresIn: 900, interval: 5))
            .Then(HttpResult.Completed(503, "text/html", "<html>maintenance</html>", 120))
            .Then(HttpResult.Completed(502, "text/html", "<html>bad gateway</html>", HttpResult.NoRetryAfter))
            .ThenJson(200, OAuthJson.Tokens());
        Runner(server).Pair();

        // Retry-After 120 s beats the first backoff (10 s); the next 5xx doubles again (20 s).
        Assert.Equal(new long[] { 120000, 20000 }, Gaps(PollTimes(server)));
    }

    [Fact]
    public void Backoff_never_drops_below_the_slow_down_interval()
    {
        var server = Server().ThenJson(200, OAuthJson.DeviceAuthorization(expiresIn: 3600, interval: 5))
            .ThenJson(200, OAuthJson.Error("slow_down", "\"interval\":90"))
            .Then(HttpResult.Failure(TransportOutcome.ConnectionFailed, null))
            .Then(HttpResult.Failure(TransportOutcome.ConnectionFailed, null))
            .ThenJson(200, OAuthJson.Tokens());
        Runner(server).Pair();

        // Each failure still doubles the wait (§3.5 "MUST reduce"): 2 × 90 s, capped at two intervals.
        Assert.Equal(new long[] { 90000, 180000, 180000 }, Gaps(PollTimes(server)));
    }

    [Fact]
    public void Backoff_never_polls_past_the_deadline()
    {
        var server = Server().ThenJson(200, OAuthJson.DeviceAuthorization(expiresIn: 50, interval: 5));
        server.Fallback = _ => HttpResult.Failure(TransportOutcome.Timeout, null);
        PairingState end = Runner(server).Pair();

        // Polls at 5, 15, 35; the next would be at 75 s, after the 50 s deadline, so none is sent.
        Assert.Equal(new long[] { 5000, 15000, 35000 }, PollTimes(server));
        Assert.Equal(PairingPhase.Expired, end.Phase);
        Assert.Equal(50000, _time.MonotonicMilliseconds);
    }

    [Fact]
    public void Tokens_stop_polling_the_moment_they_arrive()
    {
        var server = Server().ThenJson(200, OAuthJson.DeviceAuthorization());
        Pending(server, 1).ThenJson(200, OAuthJson.Tokens());
        PairingState end = Runner(server).Pair();

        Assert.Equal(PairingPhase.Authorized, end.Phase);
        Assert.Equal(OAuthJson.AccessToken, end.Tokens!.AccessToken);
        Assert.Equal(OAuthJson.RefreshToken, end.Tokens.RefreshToken);
        Assert.Equal(3, server.Sent.Count);
    }

    [Fact]
    public void Token_lifetime_counts_from_when_the_winning_poll_was_sent()
    {
        var server = Server(roundTripMs: 700).ThenJson(200, OAuthJson.DeviceAuthorization());
        Pending(server, 1).ThenJson(200, OAuthJson.Tokens());
        PairingState end = Runner(server).Pair();

        Assert.Equal(PollTimes(server)[^1], end.TokensSentAtMs);
        Assert.Equal(end.TokensSentAtMs + 700, _time.MonotonicMilliseconds);
    }

    [Fact]
    public void A_failed_code_request_ends_with_its_reason_and_no_poll()
    {
        var server = Server().ThenJson(400, OAuthJson.Error("invalid_scope"));
        PairingState end = Runner(server).Pair();

        Assert.Equal(PairingPhase.Failed, end.Phase);
        Assert.Equal("invalid_scope", end.Reason);
        Assert.Single(server.Sent);
    }

    [Fact]
    public void Observed_states_reach_no_device_code_and_logs_hold_no_secrets()
    {
        // Everything reachable from what the observer gets, private fields included (the screen's own walk over a
        // whole device life is tests/DeviceFlow.Screens.Tests/ScreenSecretsTests).
        var server = Server().ThenJson(200, OAuthJson.DeviceAuthorization());
        Pending(server, 2).ThenJson(200, OAuthJson.Tokens());
        PairingState end = Runner(server).Pair();

        Assert.Equal(PairingPhase.Authorized, end.Phase);
        Assert.Equal(OAuthJson.AccessToken, end.Tokens.AccessToken);
        var reachable = Reachable.Strings(_observer.States.Cast<object>().ToArray());
        Assert.Contains("WDJB-MJHT", reachable);
        Assert.DoesNotContain(reachable, text => text.Contains(OAuthJson.DeviceCode) || text.Contains(OAuthJson.AccessToken) || text.Contains(OAuthJson.RefreshToken));
        Assert.NotEmpty(_log.Lines);
        Assert.DoesNotContain(OAuthJson.DeviceCode, _log.All);
        Assert.DoesNotContain(OAuthJson.AccessToken, _log.All);
        Assert.DoesNotContain(OAuthJson.RefreshToken, _log.All);
    }

    [Fact]
    public void Seconds_left_counts_down_to_the_deadline()
    {
        var server = Server().ThenJson(200, OAuthJson.DeviceAuthorization(expiresIn: 900, interval: 5));
        Pending(server, 1).ThenJson(200, OAuthJson.Tokens());
        Runner(server).Pair();

        PairingState showing = _observer.States.First(s => s.Phase == PairingPhase.ShowingCode);
        Assert.Equal(900, showing.SecondsLeft(0));
        Assert.Equal(895, showing.SecondsLeft(5000));
        Assert.Equal(1, showing.SecondsLeft(899001));
        Assert.Equal(0, showing.SecondsLeft(900000));
    }

    [Fact]
    public void The_log_says_when_the_next_poll_goes_in_whole_seconds_rounded_up()
    {
        // A 300 ms round trip: 4.7 s are left of the 5 s interval when the answer arrives; "in 4 s" would be early.
        ScriptedTransport server = Pending(Server(roundTripMs: 300).ThenJson(200, OAuthJson.DeviceAuthorization(interval: 5)), 1);
        server.ThenJson(200, OAuthJson.Tokens());

        Runner(server).Pair();

        Assert.Contains("info: pairing: poll 1: authorization_pending, next poll in 5 s (interval 5 s)", _log.Lines);
    }

    private PairingRunner Runner(ScriptedTransport server)
        => new(TestClients.Protocol(server), _time, _time, _log, _observer);

    private ScriptedTransport Server(long roundTripMs = 0) => new(_time, roundTripMs);

    private static ScriptedTransport Pending(ScriptedTransport server, int count)
    {
        for (int i = 0; i < count; i++)
        {
            server.ThenJson(400, OAuthJson.Error("authorization_pending"));
        }

        return server;
    }

    private static long[] PollTimes(ScriptedTransport server)
        => server.Sent.Where(s => s.Url == TestClients.TokenUrl).Select(s => s.SentAtMs).ToArray();

    private static long[] Gaps(long[] times) => times.Skip(1).Select((t, i) => t - times[i]).ToArray();
}
