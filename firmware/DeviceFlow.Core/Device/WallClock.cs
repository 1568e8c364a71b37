using System;

namespace DeviceFlow.Core.Device
{
    /// <summary>
    /// An ESP32 counts from 1970 after power-on until SNTP answers (reference §8), and a certificate check
    /// against that date fails; a date before this firmware was written cannot be the real time.
    /// </summary>
    public static class WallClock
    {
        public static readonly DateTime Earliest = new DateTime(2026, 1, 1);

        /// <summary>Compared as UTC ticks; DateTimeKind does not exist on nanoFramework, where every DateTime is UTC.</summary>
        public static bool IsPlausible(DateTime utcNow)
        {
            return utcNow >= Earliest;
        }
    }
}
