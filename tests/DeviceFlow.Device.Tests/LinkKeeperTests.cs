using System.Collections.Generic;
using DeviceFlow.Core.Device;
using DeviceFlow.Core.Ports;
using DeviceFlow.Testing;

namespace DeviceFlow.Device.Tests;

public class LinkKeeperTests
{
    private readonly VirtualTime _time = new();
    private readonly RecordingLog _log = new();

    private sealed class ScriptedLink(VirtualTime time, params bool[] outcomes) : IWifiLink
    {
        private int _next;

        public List<(long AtMs, int TimeoutMs)> Attempts { get; } = new();

        public bool IsUp { get; set; }

        public string? LastProblem { get; private set; }

        public bool TryConnect(int timeoutMilliseconds)
        {
            Attempts.Add((time.MonotonicMilliseconds, timeoutMilliseconds));
            bool up = _next < outcomes.Length && outcomes[_next];
            _next++;
            time.Advance(up ? 3000 : timeoutMilliseconds);
            LastProblem = up ? null : "network not found";
            IsUp = up;
            return up;
        }
    }

    private sealed class Attempts : ILinkObserver
    {
        public List<string> Seen { get; } = new();

        public void Connecting(int attempt) => Seen.Add("try " + attempt);

        public void Failed(int attempt, string problem, int retryInMs) => Seen.Add("fail " + attempt + " " + problem + " " + retryInMs);
    }

    [Fact]
    public void An_up_link_costs_no_attempt()
    {
        var link = new ScriptedLink(_time) { IsUp = true };
        Assert.True(new LinkKeeper(link, _time, _log, new Attempts()).EnsureUp(3));
        Assert.Empty(link.Attempts);
    }

    [Fact]
    public void Each_attempt_is_bounded_and_failures_back_off_exponentially()
    {
        var link = new ScriptedLink(_time, false, false, false, true);
        var observer = new Attempts();
        Assert.True(new LinkKeeper(link, _time, _log, observer).EnsureUp(-1));

        Assert.All(link.Attempts, a => Assert.Equal(LinkKeeper.AttemptTimeoutMs, a.TimeoutMs));
        long[] gaps = new long[3];
        for (int i = 1; i < link.Attempts.Count; i++)
        {
            gaps[i - 1] = link.Attempts[i].AtMs - link.Attempts[i - 1].AtMs - LinkKeeper.AttemptTimeoutMs;
        }

        Assert.Equal(new long[] { 2000, 4000, 8000 }, gaps);
        Assert.Equal(["try 1", "fail 1 network not found 2000", "try 2", "fail 2 network not found 4000", "try 3", "fail 3 network not found 8000", "try 4"], observer.Seen);
    }

    [Fact]
    public void Gives_up_after_the_allowed_attempts_without_a_last_useless_wait()
    {
        var link = new ScriptedLink(_time, false, false);
        var observer = new Attempts();
        Assert.False(new LinkKeeper(link, _time, _log, observer).EnsureUp(2));
        Assert.Equal("fail 2 network not found -1", observer.Seen[^1]);
        Assert.Equal(2, link.Attempts.Count);
        Assert.Equal(2 * LinkKeeper.AttemptTimeoutMs + 2000, _time.MonotonicMilliseconds);
    }

    [Theory]
    [InlineData(1, 2000)]
    [InlineData(2, 4000)]
    [InlineData(5, 32000)]
    [InlineData(6, 60000)]
    [InlineData(50, 60000)]
    public void Backoff_doubles_up_to_a_minute(int failures, int expectedMs)
    {
        Assert.Equal(expectedMs, LinkKeeper.BackoffMs(failures));
    }

    [Fact]
    public void The_log_names_why_an_attempt_failed()
    {
        var link = new ScriptedLink(_time, false, true);
        new LinkKeeper(link, _time, _log, new Attempts()).EnsureUp(-1);
        Assert.Contains(_log.Lines, l => l.Contains("network not found"));
    }
}
