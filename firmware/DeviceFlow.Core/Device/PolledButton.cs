using DeviceFlow.Core.Ports;

namespace DeviceFlow.Core.Device
{
    /// <summary>
    /// Turns the button's raw level into presses by sampling it: shorter than the debounce time is contact
    /// bounce, up to <see cref="LongPressMs"/> is a short press, held that long is a long press, reported at
    /// once so the user sees the reset happen without having to guess when to let go.
    /// </summary>
    public sealed class PolledButton : IButton
    {
        public const int SampleMs = 20;

        public const int DebounceMs = 50;

        private readonly IButtonPin _pin;
        private readonly IClock _clock;
        private readonly IWaiter _waiter;

        public PolledButton(IButtonPin pin, IClock clock, IWaiter waiter, int longPressMs)
        {
            _pin = pin;
            _clock = clock;
            _waiter = waiter;
            LongPressMs = longPressMs;
        }

        public int LongPressMs { get; }

        public ButtonPress WaitForPress(int timeoutMilliseconds)
        {
            long startMs = _clock.MonotonicMilliseconds;

            // A button still held from the last long press must be let go before it counts again.
            bool armed = !_pin.IsPressed;
            while (timeoutMilliseconds < 0 || _clock.MonotonicMilliseconds - startMs < timeoutMilliseconds)
            {
                if (!_pin.IsPressed)
                {
                    armed = true;
                    _waiter.Wait(SampleMs);
                    continue;
                }

                if (!armed)
                {
                    _waiter.Wait(SampleMs);
                    continue;
                }

                ButtonPress press = MeasureHold();
                if (press != ButtonPress.None)
                {
                    return press;
                }
            }

            return ButtonPress.None;
        }

        private ButtonPress MeasureHold()
        {
            long pressedAtMs = _clock.MonotonicMilliseconds;
            while (_pin.IsPressed)
            {
                if (_clock.MonotonicMilliseconds - pressedAtMs >= LongPressMs)
                {
                    return ButtonPress.Long;
                }

                _waiter.Wait(SampleMs);
            }

            return _clock.MonotonicMilliseconds - pressedAtMs < DebounceMs ? ButtonPress.None : ButtonPress.Short;
        }
    }
}
