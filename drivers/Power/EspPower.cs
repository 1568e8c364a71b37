using System;
using DeviceFlow.Core.Ports;
using nanoFramework.Hardware.Esp32;

namespace DeviceFlow.Drivers.Power
{
    /// <summary>Deep sleep on a timer and the wake cause, read once at boot (deep sleep ends in a reboot).</summary>
    public sealed class EspPower : IPower
    {
        public EspPower()
        {
            WakeCause = FromEsp(Sleep.GetWakeupCause());
        }

        public WakeCause WakeCause { get; }

        public void DeepSleep(int seconds)
        {
            Sleep.EnableWakeupByTimer(TimeSpan.FromSeconds(seconds));
            Sleep.StartDeepSleep();
        }

        private static WakeCause FromEsp(Sleep.WakeupCause cause)
        {
            switch (cause)
            {
                case Sleep.WakeupCause.Undefined:
                    return WakeCause.PowerOn;
                case Sleep.WakeupCause.Timer:
                    return WakeCause.Timer;
                default:
                    return WakeCause.Other;
            }
        }
    }
}
