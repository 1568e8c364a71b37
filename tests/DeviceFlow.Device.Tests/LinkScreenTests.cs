using DeviceFlow.Core.Device;
using DeviceFlow.Core.Display;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Device.Tests;

public class LinkScreenTests
{
    private sealed class Panel : IDisplay
    {
        public int Frames { get; private set; }

        public bool On { get; private set; } = true;

        public void Show(byte[] frame) => Frames++;

        public void SetPower(bool on) => On = on;
    }

    [Fact]
    public void A_power_on_boot_shows_every_attempt_and_every_failure()
    {
        var panel = new Panel();
        var screen = new LinkScreen(new DeviceScreen(panel), "Home", quiet: Startup.IsQuiet(WakeCause.PowerOn));
        screen.Connecting(1);
        screen.Failed(1, "network not found", 2000);
        screen.Connecting(2);
        Assert.Equal(3, panel.Frames);
    }

    [Fact]
    public void A_timer_wake_keeps_the_panel_dark_unless_wifi_fails()
    {
        var panel = new Panel();
        var device = new DeviceScreen(panel);
        device.ShowPairedIdle();
        var screen = new LinkScreen(device, "Home", quiet: Startup.IsQuiet(WakeCause.Timer));

        screen.Connecting(1);
        Assert.False(panel.On);
        Assert.Equal(1, panel.Frames);

        screen.Failed(1, "network not found", 2000);
        Assert.True(panel.On);
        Assert.Equal(2, panel.Frames);
    }
}
