namespace DeviceFlow.Core.Ports
{
    /// <summary>Why the board is running: deep sleep ends in a reboot, so Main has to ask.</summary>
    public enum WakeCause
    {
        /// <summary>Power-on or reset: not a wake from deep sleep.</summary>
        PowerOn,

        /// <summary>The deep-sleep timer ran out: time for the next sensor reading.</summary>
        Timer,

        /// <summary>Any other wake source (a pin, touch, ...).</summary>
        Other,
    }

    /// <summary>Deep sleep. Wi-Fi and RAM do not survive it; anything that must is in storage first.</summary>
    public interface IPower
    {
        WakeCause WakeCause { get; }

        /// <summary>Sleeps for the given seconds; on the device this never returns (the board reboots).</summary>
        void DeepSleep(int seconds);
    }
}
