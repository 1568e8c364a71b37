using System;
using DeviceFlow.Core.Device;
using DeviceFlow.Core.Ports;
using nanoFramework.Hardware.Esp32;

namespace DeviceFlow.Drivers.Clock
{
    /// <summary>
    /// Monotonic time from the ESP32's 64-bit microsecond timer (esp_timer, never set back by SNTP) and the
    /// wall clock from DateTime.UtcNow, which counts from 1970 until SNTP has answered.
    /// </summary>
    public sealed class EspClock : IClock
    {
        public long MonotonicMilliseconds
        {
            get { return (long)(HighResTimer.GetCurrent() / 1000); }
        }

        public bool TryGetUtcNow(out DateTime utcNow)
        {
            utcNow = DateTime.UtcNow;
            return WallClock.IsPlausible(utcNow);
        }
    }
}
