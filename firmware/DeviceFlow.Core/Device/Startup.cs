using DeviceFlow.Core.Ports;

namespace DeviceFlow.Core.Device
{
    /// <summary>What the board shows while it starts, from why it started.</summary>
    public static class Startup
    {
        /// <summary>
        /// A timer wake from deep sleep is a scheduled reading of a paired board: the panel was switched off after
        /// pairing (RFC 8628 §5.5) and stays dark; only a failure is shown. Power-on and reset show each step.
        /// </summary>
        public static bool IsQuiet(WakeCause cause)
        {
            return cause == WakeCause.Timer;
        }
    }
}
