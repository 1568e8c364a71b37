using System.Collections.Generic;
using DeviceFlow.Core.Device;
using DeviceFlow.Drivers.Wifi;
using DeviceFlow.Testing;

namespace DeviceFlow.Drivers.Tests;

/// <summary>The Wi-Fi driver on a fake radio that answers as NativeConnect does, in virtual time.</summary>
public sealed class WifiLinkTests
{
    private const string Ssid = "HomeNet";
    private const string Password = "correct horse";

    private static FakeRadio Radio()
    {
        FakeRadio.Reset();
        FakeRadio radio = FakeRadio.Current;
        radio.AccessPoints[Ssid] = Password;
        return radio;
    }

    private static WifiLink Link(string ssid = Ssid, string password = Password)
        => new(ssid, password, FakeRadio.Current.Time, FakeRadio.Current.Time);

    [Fact]
    public void A_good_network_comes_up_with_an_address_and_the_time()
    {
        FakeRadio radio = Radio();
        WifiLink link = Link();
        Assert.True(link.TryConnect(LinkKeeper.AttemptTimeoutMs));
        Assert.True(link.IsUp);
        Assert.Null(link.LastProblem);
    }

    [Theory]
    [InlineData("wrong password", Ssid, "password rejected")]
    [InlineData(Password, "NoSuchNet", "network not found")]
    public void A_failed_join_says_why(string password, string ssid, string problem)
    {
        Radio();
        WifiLink link = Link(ssid, password);
        Assert.False(link.TryConnect(LinkKeeper.AttemptTimeoutMs));
        Assert.Equal(problem, link.LastProblem);
        Assert.DoesNotContain(password, link.LastProblem);
    }

    [Fact]
    public void No_DHCP_answer_is_told_apart_from_a_wrong_password()
    {
        FakeRadio radio = Radio();
        radio.DhcpMs = null;
        WifiLink link = Link();
        Assert.False(link.TryConnect(LinkKeeper.AttemptTimeoutMs));
        Assert.Equal("no IP address (DHCP)", link.LastProblem);
        Assert.Equal(LinkKeeper.AttemptTimeoutMs, radio.Time.MonotonicMilliseconds);
    }

    [Fact]
    public void No_SNTP_answer_is_its_own_problem()
    {
        FakeRadio radio = Radio();
        radio.SntpMs = null;
        WifiLink link = Link();
        Assert.False(link.TryConnect(LinkKeeper.AttemptTimeoutMs));
        Assert.Equal("no time from SNTP", link.LastProblem);
    }

    [Fact]
    public void The_native_20_second_join_counts_against_the_attempt()
    {
        FakeRadio radio = Radio();
        radio.AccessPointSilent = true;
        WifiLink link = Link();
        Assert.False(link.TryConnect(LinkKeeper.AttemptTimeoutMs));
        Assert.Equal("no answer from network", link.LastProblem);
        Assert.Equal(WifiLink.NativeJoinMs, radio.Time.MonotonicMilliseconds);

        // Joined at 20 s of a 30 s budget: DHCP gets what is left, not another 30 s.
        FakeRadio slow = Radio();
        slow.JoinMs = 20_000;
        slow.DhcpMs = null;
        Assert.False(Link().TryConnect(LinkKeeper.AttemptTimeoutMs));
        Assert.Equal(LinkKeeper.AttemptTimeoutMs, slow.Time.MonotonicMilliseconds);
    }

    [Fact]
    public void A_budget_shorter_than_the_native_join_is_overrun_only_by_the_join()
    {
        FakeRadio radio = Radio();
        radio.JoinMs = 15_000;
        Assert.False(Link().TryConnect(5000));
        Assert.Equal(15_000, radio.Time.MonotonicMilliseconds);
    }

    [Fact]
    public void An_open_network_sends_an_empty_pass_phrase_not_null()
    {
        FakeRadio radio = Radio();
        radio.AccessPoints["Cafe"] = string.Empty;
        Assert.True(Link("Cafe", null).TryConnect(LinkKeeper.AttemptTimeoutMs));
        Assert.Equal([string.Empty], radio.PasswordsSent);
    }

    [Fact]
    public void The_stored_network_is_waited_for_without_a_join()
    {
        FakeRadio radio = Radio();
        radio.StoredSsid = Ssid;
        radio.BootWithStoredNetwork();
        WifiLink link = Link(null, null);
        Assert.True(link.TryConnect(LinkKeeper.AttemptTimeoutMs));
        Assert.Equal(0, radio.Joins);

        Radio();
        WifiLink nothingStored = Link(null, null);
        Assert.False(nothingStored.TryConnect(LinkKeeper.AttemptTimeoutMs));
        Assert.Equal("stored network not joined", nothingStored.LastProblem);
    }

    [Fact]
    public void Reconnecting_with_a_wrong_password_keeps_the_backoff_and_shows_each_failure()
    {
        FakeRadio radio = Radio();
        var screen = new Screen();
        var keeper = new LinkKeeper(Link(Ssid, "wrong"), radio.Time, new RecordingLog(), screen);

        Assert.False(keeper.EnsureUp(4));
        Assert.Equal(
            ["1: password rejected, retry in 2000", "2: password rejected, retry in 4000", "3: password rejected, retry in 8000", "4: password rejected, retry in -1"],
            screen.Failures);

        // Four 3 s joins and 2 + 4 + 8 s of backoff.
        Assert.Equal((4 * 3000) + 14_000, radio.Time.MonotonicMilliseconds);
    }

    private sealed class Screen : ILinkObserver
    {
        public List<string> Failures { get; } = new();

        public void Connecting(int attempt)
        {
        }

        public void Failed(int attempt, string problem, int retryInMs) => Failures.Add(attempt + ": " + problem + ", retry in " + retryInMs);
    }
}
