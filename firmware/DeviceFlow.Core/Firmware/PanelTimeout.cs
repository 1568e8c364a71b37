using DeviceFlow.Core.Display;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Core.Firmware
{
    /// <summary>
    /// The PAIRED confirmation stays for oled.paired_screen_seconds, then the panel goes dark: nothing is left on it
    /// to read (RFC 8628 §5.5) and an SSD1306 burns in. By then the board is listening for the button between
    /// readings, so the blanking happens inside that wait: this class stands between the screen and the button,
    /// and before a deep sleep, which would otherwise leave the confirmation lit (the panel keeps its own power).
    /// </summary>
    public sealed class PanelTimeout : IPairingObserver, ILifecycleObserver, IButton, IPower
    {
        private const long NotPending = -1;

        private readonly DeviceScreen _screen;
        private readonly IClock _clock;
        private readonly IButton _button;
        private readonly IPower _power;
        private readonly int _confirmationMs;
        private long _darkAtMs = NotPending;

        public PanelTimeout(DeviceScreen screen, IClock clock, IButton button, IPower power, int confirmationSeconds)
        {
            _screen = screen;
            _clock = clock;
            _button = button;
            _power = power;
            _confirmationMs = confirmationSeconds * 1000;
        }

        public WakeCause WakeCause
        {
            get { return _power.WakeCause; }
        }

        public void Changed(PairingState state, long nowMs)
        {
            _screen.Changed(state, nowMs);
            _darkAtMs = state.Phase == PairingPhase.Authorized ? nowMs + _confirmationMs : NotPending;
        }

        /// <summary>Anything the lifecycle has to say (a refresh trouble, flash trouble, a reset) stays lit.</summary>
        public void Changed(LifecycleStatus status)
        {
            _screen.Changed(status);
            if (status.Phase != LifecyclePhase.Ready || status.Reason != null || status.Storage != StorageResult.Ok)
            {
                _darkAtMs = NotPending;
            }
        }

        public ButtonPress WaitForPress(int timeoutMilliseconds)
        {
            if (_darkAtMs == NotPending)
            {
                return _button.WaitForPress(timeoutMilliseconds);
            }

            long untilDarkMs = _darkAtMs - _clock.MonotonicMilliseconds;
            if (untilDarkMs > 0)
            {
                if (timeoutMilliseconds >= 0 && timeoutMilliseconds <= untilDarkMs)
                {
                    return _button.WaitForPress(timeoutMilliseconds);
                }

                ButtonPress press = _button.WaitForPress((int)untilDarkMs);
                if (press != ButtonPress.None)
                {
                    return press;
                }

                if (timeoutMilliseconds >= 0)
                {
                    timeoutMilliseconds -= (int)untilDarkMs;
                }
            }

            GoDark();
            return _button.WaitForPress(timeoutMilliseconds);
        }

        public void DeepSleep(int seconds)
        {
            if (_darkAtMs != NotPending)
            {
                GoDark();
            }

            _power.DeepSleep(seconds);
        }

        private void GoDark()
        {
            _darkAtMs = NotPending;
            _screen.ShowPairedIdle();
        }
    }
}
