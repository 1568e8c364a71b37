using DeviceFlow.Measure.Fleet;

namespace DeviceFlow.Measure.Tests;

public class RateHistogramTests
{
    [Fact]
    public void Counts_each_request_in_the_second_it_arrives()
    {
        var histogram = new RateHistogram();
        foreach (long ms in new long[] { 0, 999, 1000, 1001, 1999, 4500 })
        {
            histogram.Add(ms);
        }

        Assert.Equal(6, histogram.Total);
        Assert.Equal(3, histogram.PeakPerSecond);
        Assert.Equal(5, histogram.BusySeconds);
        Assert.Equal(6 / 5.0, histogram.MeanPerSecond, 10);
    }

    [Fact]
    public void An_empty_histogram_has_no_rate()
    {
        var histogram = new RateHistogram();

        Assert.Equal(0, histogram.PeakPerSecond);
        Assert.Equal(0, histogram.BusySeconds);
        Assert.Equal(0, histogram.MeanPerSecond);
    }

    [Fact]
    public void Goal_peak_is_twenty_percent_above_an_even_spread()
    {
        Assert.Equal(200, FleetSection.GoalPeak(10_000, 60), 10);
        Assert.Equal(2400, FleetSection.GoalPeak(10_000, 5), 10);
    }
}
