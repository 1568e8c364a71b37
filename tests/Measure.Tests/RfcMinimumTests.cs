using DeviceFlow.Measure.Pairing;

namespace DeviceFlow.Measure.Tests;

public class RfcMinimumTests
{
    [Theory]
    [InlineData(12_000, 5_000, 3)]
    [InlineData(3_000, 5_000, 1)]
    [InlineData(10_000, 5_000, 3)]
    [InlineData(7_000, 2_000, 4)]
    public void Token_requests_are_every_poll_before_the_approval_plus_the_answer(long approvalMs, long intervalMs, long expected)
    {
        Assert.Equal(expected, RfcMinimum.TokenRequests(approvalMs, intervalMs));
        Assert.Equal(expected + 1, RfcMinimum.Requests(approvalMs, intervalMs));
    }

    [Fact]
    public void Latency_goal_is_one_interval_and_one_round_trip()
    {
        Assert.Equal(5_250, RfcMinimum.LatencyGoalMs(5_000, 250));
    }

    [Fact]
    public void A_scenario_names_its_own_minimum()
    {
        var scenario = new PairingScenario(IntervalSeconds: 5, ApprovalSeconds: 12);

        Assert.Equal(5_000, scenario.IntervalMs);
        Assert.Equal(12_000, scenario.ApprovalMs);
        Assert.Equal(3, scenario.MinimumTokenRequests);
    }
}
