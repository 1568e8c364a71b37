using System;
using System.Diagnostics;
using System.Threading;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Host;

/// <summary>Real time: a monotonic stopwatch (like HighResTimer on the ESP32) and a wall clock that is always known.</summary>
public sealed class SystemClock : IClock, IWaiter
{
    private readonly long _origin = Stopwatch.GetTimestamp();

    public long MonotonicMilliseconds => (long)Stopwatch.GetElapsedTime(_origin).TotalMilliseconds;

    public bool TryGetUtcNow(out DateTime utcNow)
    {
        utcNow = DateTime.UtcNow;
        return true;
    }

    public void Wait(int milliseconds)
    {
        Thread.Sleep(milliseconds);
    }
}
