using System;

namespace DeviceFlow.Core.Ports
{
    /// <summary>
    /// Time as the device knows it. Intervals and deadlines use the monotonic clock only; the wall clock
    /// starts at 1970 on an ESP32 until SNTP syncs, so it may be unknown.
    /// </summary>
    public interface IClock
    {
        /// <summary>Milliseconds since an arbitrary origin (boot); never goes backwards.</summary>
        long MonotonicMilliseconds { get; }

        /// <summary>The UTC wall clock, when it is known to be right.</summary>
        bool TryGetUtcNow(out DateTime utcNow);
    }
}
