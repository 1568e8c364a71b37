using System.Linq;
using DeviceFlow.Core.Device;
using DeviceFlow.Core.Ports;
using DeviceFlow.Testing;

namespace DeviceFlow.Device.Tests;

/// <summary>The button's timing rules in virtual time: the pin is held during given spans of milliseconds.</summary>
public class PolledButtonTests
{
    private readonly VirtualTime _time = new();

    private sealed class HeldDuring(VirtualTime time, params (long From, long To)[] spans) : IButtonPin
    {
        public bool IsPressed => spans.Any(s => time.MonotonicMilliseconds >= s.From && time.MonotonicMilliseconds < s.To);
    }

    private PolledButton Button(params (long, long)[] spans) => new(new HeldDuring(_time, spans), _time, _time, 3000);

    [Fact]
    public void A_tap_is_a_short_press_reported_on_release()
    {
        Assert.Equal(ButtonPress.Short, Button((1000, 1300)).WaitForPress(-1));
        Assert.InRange(_time.MonotonicMilliseconds, 1300, 1300 + PolledButton.SampleMs);
    }

    [Fact]
    public void Holding_reports_a_long_press_as_soon_as_the_threshold_passes()
    {
        Assert.Equal(ButtonPress.Long, Button((1000, 9000)).WaitForPress(-1));
        Assert.InRange(_time.MonotonicMilliseconds, 4000, 4000 + PolledButton.SampleMs);
    }

    [Fact]
    public void Contact_bounce_is_not_a_press()
    {
        Assert.Equal(ButtonPress.Short, Button((100, 120), (500, 800)).WaitForPress(-1));
        Assert.InRange(_time.MonotonicMilliseconds, 800, 800 + PolledButton.SampleMs);
    }

    [Fact]
    public void No_press_before_the_timeout_returns_none_at_the_timeout()
    {
        Assert.Equal(ButtonPress.None, Button((9000, 9500)).WaitForPress(5000));
        Assert.InRange(_time.MonotonicMilliseconds, 5000, 5000 + PolledButton.SampleMs);
    }

    [Fact]
    public void A_button_still_held_from_a_long_press_must_be_released_before_it_counts_again()
    {
        PolledButton button = Button((100, 10000), (11000, 11200));
        Assert.Equal(ButtonPress.Long, button.WaitForPress(-1));
        Assert.Equal(ButtonPress.Short, button.WaitForPress(-1));
        Assert.True(_time.MonotonicMilliseconds >= 11200);
    }

    [Fact]
    public void A_button_stuck_down_cannot_block_past_the_timeout()
    {
        Assert.Equal(ButtonPress.None, Button((0, long.MaxValue)).WaitForPress(2000));
        Assert.InRange(_time.MonotonicMilliseconds, 2000, 2000 + PolledButton.SampleMs);
    }
}
