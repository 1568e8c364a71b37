using System.Linq;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Measure.Fleet;

namespace DeviceFlow.Measure.Tests;

public class FleetSimulationTests
{
    [Fact]
    public void Provider_answers_pending_until_the_approval_then_tokens_and_counts_each_kind()
    {
        var provider = new FleetProvider { NextDeviceCode = "dc-7", NextApprovalDelayMs = 10_000, OneWayMs = 100 };
        provider.NowMs = 0;
        HttpResult code = provider.Send(HttpRequest.PostForm(FleetProvider.DeviceAuthorizationUrl, "client_id=x", null, 8192));
        provider.NowMs = 9_000;
        HttpResult pending = provider.Send(Poll("dc-7"));
        provider.NowMs = 10_050;
        HttpResult tokens = provider.Send(Poll("dc-7"));

        Assert.Contains("\"dc-7\"", code.Body);
        Assert.Contains("authorization_pending", pending.Body);
        Assert.Equal(200, tokens.StatusCode);
        Assert.Equal(3, provider.All.Total);
        Assert.Equal(1, provider.DeviceAuthorizations.Total);
        Assert.Equal(2, provider.Polls.Total);
        Assert.Equal(0, provider.Refreshes.Total);
    }

    [Fact]
    public void Every_device_pairs_and_every_request_is_counted_once()
    {
        FleetProvider provider = FleetSimulation.RebootNeedingPairing(50, seed: 1, pressAtMs: null, firstPollJitter: true, intervalSeconds: 5);

        Assert.Equal(50, provider.DeviceAuthorizations.Total);
        Assert.Equal(provider.All.Total, provider.DeviceAuthorizations.Total + provider.Polls.Total);

        // Approval comes at least 15 s after the code, so with a 5 s interval every device polls at least 4 times.
        Assert.True(provider.Polls.Total >= 50 * 4, provider.Polls.Total + " polls");
    }

    [Fact]
    public void Refresh_delays_spread_the_fleet_over_the_window()
    {
        FleetProvider burst = FleetSimulation.RebootWithStoredTokens(1000, seed: 1, bootRefreshJitterMaxMs: 0);
        FleetProvider spread = FleetSimulation.RebootWithStoredTokens(1000, seed: 1, bootRefreshJitterMaxMs: 20_000);

        Assert.Equal(1000, burst.Refreshes.Total);
        Assert.Equal(1000, spread.Refreshes.Total);
        Assert.True(burst.All.BusySeconds <= 3, burst.All.BusySeconds + " s");
        Assert.InRange(spread.All.BusySeconds, 20, 23);
        Assert.True(spread.All.PeakPerSecond < burst.All.PeakPerSecond / 5);
    }

    [Fact]
    public void Same_seed_gives_the_same_figures()
    {
        FleetProvider first = FleetSimulation.RebootNeedingPairing(30, seed: 4, FleetSection.RealisticPressMs, firstPollJitter: true, intervalSeconds: 5);
        FleetProvider second = FleetSimulation.RebootNeedingPairing(30, seed: 4, FleetSection.RealisticPressMs, firstPollJitter: true, intervalSeconds: 5);

        Assert.Equal(first.All.Total, second.All.Total);
        Assert.Equal(first.All.PeakPerSecond, second.All.PeakPerSecond);
        Assert.Equal(first.All.BusySeconds, second.All.BusySeconds);
    }

    private static HttpRequest Poll(string deviceCode)
        => HttpRequest.PostForm(FleetProvider.TokenUrl, "grant_type=" + DeviceFlowProtocol.DeviceCodeGrantType.Replace(":", "%3A") + "&device_code=" + deviceCode + "&client_id=x", null, 8192);
}
