using System;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Measure.Fleet;

/// <summary>
/// One device's virtual clock and waiter: waiting advances it instantly. <see cref="FirstWaitExtraMs"/> models a
/// random delay added to the device's first wait after it is shown a code (a first-poll jitter the firmware does
/// not have; used only in rows labelled as a model).
/// </summary>
public sealed class DeviceTime : IClock, IWaiter
{
    private static readonly DateTime Epoch = new(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc);

    public DeviceTime(long startMs, long firstWaitExtraMs)
    {
        MonotonicMilliseconds = startMs;
        FirstWaitExtraMs = firstWaitExtraMs;
    }

    public long MonotonicMilliseconds { get; private set; }

    public long FirstWaitExtraMs { get; private set; }

    public bool TryGetUtcNow(out DateTime utcNow)
    {
        utcNow = Epoch.AddMilliseconds(MonotonicMilliseconds);
        return true;
    }

    public void Wait(int milliseconds)
    {
        MonotonicMilliseconds += milliseconds + FirstWaitExtraMs;
        FirstWaitExtraMs = 0;
    }

    public void Advance(long milliseconds) => MonotonicMilliseconds += milliseconds;
}
