using System;
using System.Diagnostics;
using System.Threading;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Host;

/// <summary>
/// Real time: a monotonic stopwatch (like HighResTimer on the ESP32) and a wall clock that is always known. A wait
/// ends early when <paramref name="stop"/> fires (Ctrl+C in the simulator), by throwing OperationCanceledException
/// out of the firmware: a board never stops, so the core has no notion of it.
/// </summary>
public sealed class SystemClock(CancellationToken stop = default) : IClock, IWaiter
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
        if (stop.WaitHandle.WaitOne(milliseconds))
        {
            throw new OperationCanceledException(stop);
        }
    }
}
