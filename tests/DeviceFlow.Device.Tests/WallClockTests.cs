using System;
using DeviceFlow.Core.Device;

namespace DeviceFlow.Device.Tests;

public class WallClockTests
{
    [Theory]
    [InlineData(1970, false)]
    [InlineData(2025, false)]
    [InlineData(2026, true)]
    [InlineData(2031, true)]
    public void The_wall_clock_is_trusted_only_from_a_plausible_year(int year, bool plausible)
    {
        Assert.Equal(plausible, WallClock.IsPlausible(new DateTime(year, 6, 1, 0, 0, 0, DateTimeKind.Utc)));
    }
}
