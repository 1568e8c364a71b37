using System.Collections.Generic;
using System.Linq;
using CsCheck;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Testing;

namespace DeviceFlow.Core.Tests;

/// <summary>
/// For any sequence of server answers and transport failures: no two polls closer than the interval in force,
/// the interval never decreases, no poll at or after the deadline, none after a terminal answer.
/// </summary>
public class PairingPropertyTests
{
    private const int Cases = 1000;

    public enum Say
    {
        Pending,
        SlowDown,
        TooManyRequests,
        NetworkDown,
        ServerError,
        Tokens,
        Denied,
        UnknownError,
    }

    public sealed record Answer(Say Say, int Seconds)
    {
        public bool IsTerminal => Say is Say.Tokens or Say.Denied or Say.UnknownError;

        public HttpResult ToResult() => Say switch
        {
            Say.Pending => Json(400, OAuthJson.Error("authorization_pending")),
            Say.SlowDown => Json(200, Seconds == 0 ? OAuthJson.Error("slow_down") : OAuthJson.Error("slow_down", "\"interval\":" + Seconds)),
            Say.TooManyRequests => HttpResult.Completed(429, "text/plain", "slow", Seconds == 0 ? HttpResult.NoRetryAfter : Seconds),
            Say.NetworkDown => HttpResult.Failure(TransportOutcome.Timeout, null),
            Say.ServerError => HttpResult.Completed(502, "text/html", "<html>bad gateway</html>", HttpResult.NoRetryAfter),
            Say.Tokens => Json(200, OAuthJson.Tokens()),
            Say.Denied => Json(400, OAuthJson.Error("access_denied")),
            _ => Json(400, OAuthJson.Error("unsupported_grant_type")),
        };

        private static HttpResult Json(int status, string body) => HttpResult.Completed(status, "application/json", body, HttpResult.NoRetryAfter);
    }

    public sealed record Scenario(int IntervalSeconds, int ExpiresInSeconds, int RoundTripMs, Answer[] Answers);

    private static readonly Gen<Answer> AnyAnswer = Gen.Frequency(
        (30, Gen.Const(new Answer(Say.Pending, 0))),
        (8, Gen.Int[0, 40].Select(s => new Answer(Say.SlowDown, s))),
        (6, Gen.Int[0, 120].Select(s => new Answer(Say.TooManyRequests, s))),
        (10, Gen.Const(new Answer(Say.NetworkDown, 0))),
        (5, Gen.Const(new Answer(Say.ServerError, 0))),
        (2, Gen.Const(new Answer(Say.Tokens, 0))),
        (1, Gen.Const(new Answer(Say.Denied, 0))),
        (1, Gen.Const(new Answer(Say.UnknownError, 0))));

    private static readonly Gen<Scenario> AnyScenario =
        Gen.Select(Gen.Int[1, 30], Gen.Int[10, 1800], Gen.Int[0, 3000], AnyAnswer.Array[0, 60],
            (interval, expires, roundTrip, answers) => new Scenario(interval, expires, roundTrip, answers));

    [Fact]
    public void Polls_are_never_closer_than_the_interval_in_force()
    {
        AnyScenario.Sample(scenario =>
        {
            var run = Run(scenario);
            long interval = scenario.IntervalSeconds * 1000L;
            for (int i = 1; i < run.PollTimes.Length; i++)
            {
                interval = IntervalAfter(interval, i - 1 < scenario.Answers.Length ? scenario.Answers[i - 1] : new Answer(Say.Pending, 0));
                if (run.PollTimes[i] - run.PollTimes[i - 1] < interval)
                {
                    return false;
                }
            }

            return true;
        }, iter: Cases);
    }

    [Fact]
    public void The_interval_never_decreases()
    {
        AnyScenario.Sample(scenario =>
        {
            long[] intervals = Run(scenario).Observer.States.Where(s => s.Phase == PairingPhase.ShowingCode).Select(s => s.IntervalMs).ToArray();
            return intervals.Zip(intervals.Skip(1), (a, b) => b >= a).All(ok => ok);
        }, iter: Cases);
    }

    [Fact]
    public void No_poll_at_or_after_the_deadline()
    {
        AnyScenario.Sample(scenario =>
        {
            var run = Run(scenario);
            long deadline = scenario.ExpiresInSeconds * 1000L;
            return run.PollTimes.All(t => t < deadline);
        }, iter: Cases);
    }

    [Fact]
    public void No_poll_after_a_terminal_answer_and_every_run_ends()
    {
        AnyScenario.Sample(scenario =>
        {
            var run = Run(scenario);
            int firstTerminal = System.Array.FindIndex(scenario.Answers, a => a.IsTerminal);
            bool stoppedAtTerminal = firstTerminal < 0 || run.PollTimes.Length <= firstTerminal + 1;
            bool reachedTerminal = firstTerminal >= 0 && run.PollTimes.Length == firstTerminal + 1;
            return stoppedAtTerminal && (reachedTerminal ? run.End.IsTerminal : run.End.Phase == PairingPhase.Expired);
        }, iter: Cases);
    }

    private static long IntervalAfter(long interval, Answer answer)
    {
        if (answer.Say == Say.SlowDown)
        {
            return System.Math.Max(interval + 5000, answer.Seconds * 1000L);
        }

        return answer.Say == Say.TooManyRequests ? interval + 5000 : interval;
    }

    private sealed record Outcome(long[] PollTimes, PairingState End, RecordingObserver Observer);

    private static Outcome Run(Scenario scenario)
    {
        var time = new VirtualTime();
        var server = new ScriptedTransport(time, scenario.RoundTripMs)
            .ThenJson(200, OAuthJson.DeviceAuthorization(expiresIn: scenario.ExpiresInSeconds, interval: scenario.IntervalSeconds));
        foreach (Answer answer in scenario.Answers)
        {
            server.Then(answer.ToResult());
        }

        // Past the script the server keeps saying pending until the local deadline ends the pairing.
        server.Fallback = _ => HttpResult.Completed(400, "application/json", OAuthJson.Error("authorization_pending"), -1);
        var observer = new RecordingObserver();
        PairingState end = new PairingRunner(TestClients.Protocol(server), time, time, new RecordingLog(), observer).Pair();
        long[] polls = server.Sent.Where(s => s.Url == TestClients.TokenUrl).Select(s => s.SentAtMs).ToArray();
        return new Outcome(polls, end, observer);
    }
}
