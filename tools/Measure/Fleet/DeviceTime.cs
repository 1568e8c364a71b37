using System;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Measure.Fleet;

/// <summary>One device's virtual clock and waiter: waiting advances it instantly.</summary>
public sealed class DeviceTime : IClock, IWaiter
{
    private static readonly DateTime Epoch = new(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc);

    public DeviceTime(long startMs) => MonotonicMilliseconds = startMs;

    public long MonotonicMilliseconds { get; private set; }

    public bool TryGetUtcNow(out DateTime utcNow)
    {
        utcNow = Epoch.AddMilliseconds(MonotonicMilliseconds);
        return true;
    }

    public void Wait(int milliseconds)
    {
        MonotonicMilliseconds += milliseconds;
    }

    public void Advance(long milliseconds) => MonotonicMilliseconds += milliseconds;
}
