using System;
using DeviceFlow.Core.Ports;

namespace NFUnitTest
{
    /// <summary>
    /// The device's clock and waiter in virtual time (device-compatible C#, unlike tests/DeviceFlow.Testing/VirtualTime.cs):
    /// a wait moves the clock at once, so a ten-minute pairing runs in milliseconds on nanoCLR or a board.
    /// </summary>
    public sealed class VirtualClock : IClock, IWaiter
    {
        private static readonly DateTime Start = new DateTime(2026, 11, 27, 8, 0, 0);

        public long MonotonicMilliseconds { get; private set; }

        public bool TryGetUtcNow(out DateTime utcNow)
        {
            utcNow = Start.AddTicks(MonotonicMilliseconds * TimeSpan.TicksPerMillisecond);
            return true;
        }

        public void Wait(int milliseconds)
        {
            if (milliseconds < 0)
            {
                throw new ArgumentOutOfRangeException("milliseconds");
            }

            MonotonicMilliseconds += milliseconds;
        }
    }
}
