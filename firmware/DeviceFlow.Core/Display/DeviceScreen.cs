using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Providers;

namespace DeviceFlow.Core.Display
{
    /// <summary>
    /// What the OLED shows, for every state of the device: the observer of the pairing runner and of the device
    /// lifecycle, plus the states neither knows (Wi-Fi, messages). Owns the one frame and pushes it to the display.
    /// It reads only the user code, the URIs, times and short reasons from the states, never the device_code.
    /// </summary>
    public sealed class DeviceScreen : IPairingObserver, ILifecycleObserver
    {
        private readonly IDisplay _display;
        private readonly ProviderPreset _preset;
        private readonly Frame _frame = new Frame();
        private readonly ShowCodeScreen _code = new ShowCodeScreen();
        private readonly MessageScreens _messages = new MessageScreens();
        private bool _poweredOff;
        private PairingPhase _pairingShown = PairingPhase.Idle;

        public DeviceScreen(IDisplay display)
            : this(display, null)
        {
        }

        /// <param name="preset">The configured provider preset (its hints explain provider errors), or null.</param>
        public DeviceScreen(IDisplay display, ProviderPreset preset)
        {
            _display = display;
            _preset = preset;
        }

        /// <summary>The frame last shown (for tests and the simulator's snapshots).</summary>
        public Frame Frame
        {
            get { return _frame; }
        }

        public void Changed(PairingState state, long nowMs)
        {
            _pairingShown = state.Phase;
            switch (state.Phase)
            {
                case PairingPhase.Idle:
                    _messages.NotPaired(_frame, null);
                    break;
                case PairingPhase.RequestingCode:
                    _messages.ContactingServer(_frame);
                    break;
                case PairingPhase.ShowingCode:
                    _code.Draw(_frame, state.UserCode, VerificationUrl.Shorten(state.VerificationUri), QrText(state), state.SecondsLeft(nowMs), state.ExpiresInSeconds, state.Trouble);
                    break;
                default:
                    _messages.Message(_frame, PairingWords.Title(state), PairingWords.Sentence(state, _preset), PairingWords.Hint(state));
                    break;
            }

            Push();
        }

        /// <summary>
        /// The lifecycle's states. A pairing's own ending (paired, denied, expired, error) stays on screen when the
        /// lifecycle then reports Ready or WaitingForPress, since it already says what happened and what to press.
        /// </summary>
        public void Changed(LifecycleStatus status)
        {
            bool pairingJustEnded = _pairingShown != PairingPhase.Idle && _pairingShown != PairingPhase.ShowingCode && _pairingShown != PairingPhase.RequestingCode;
            _pairingShown = PairingPhase.Idle;
            if (status.Storage != StorageResult.Ok && status.Phase == LifecyclePhase.Ready)
            {
                _messages.StorageTrouble(_frame, status.Storage == StorageResult.Full);
                Push();
                return;
            }

            switch (status.Phase)
            {
                case LifecyclePhase.Booting:
                    _messages.Booting(_frame, null);
                    break;
                case LifecyclePhase.WaitingForPress:
                    if (pairingJustEnded)
                    {
                        return;
                    }

                    _messages.NotPaired(_frame, status.Reason);
                    break;
                case LifecyclePhase.Refreshing:
                    _messages.Refreshing(_frame, status.Reason);
                    break;
                case LifecyclePhase.Ready:
                    if (status.Reason != null)
                    {
                        // A refused client's refresh reports the bare §5.2 code: it gets the preset's hint, as a pairing's does.
                        _messages.PairedWithTrouble(_frame, ErrorMessages.Describe(_preset, status.Reason, null));
                        break;
                    }

                    if (!pairingJustEnded)
                    {
                        ShowPairedIdle();
                    }

                    return;
                case LifecyclePhase.Resetting:
                    _messages.FactoryReset(_frame);
                    break;
                default:
                    return;
            }

            Push();
        }

        public void ShowBooting(string version)
        {
            _messages.Booting(_frame, version);
            Push();
        }

        public void ShowWifiConnecting(string ssid, int attempt)
        {
            _messages.WifiConnecting(_frame, ssid, attempt);
            Push();
        }

        /// <param name="hint">What happens next, e.g. "Retry in 8 s" or "Check config.json".</param>
        public void ShowWifiFailed(string reason, string hint)
        {
            _messages.WifiFailed(_frame, reason, hint);
            Push();
        }

        /// <summary>A short message from any part of the firmware, e.g. ("STORAGE FULL", "Tokens not saved", null).</summary>
        public void ShowMessage(string title, string body, string hint)
        {
            _messages.Message(_frame, title, body, hint);
            Push();
        }

        /// <summary>
        /// Paired and working: blank the panel and switch it off, so nobody can read a code or account off it later
        /// (RFC 8628 §5.5 session spying) and the OLED does not burn in. The next screen switches it back on.
        /// </summary>
        public void ShowPairedIdle()
        {
            _frame.Clear();
            _display.Show(_frame.Bytes);
            _display.SetPower(false);
            _poweredOff = true;
        }

        /// <summary>RFC 8628 §3.3.1: the complete URI saves typing the code; without it, the plain URI still helps.</summary>
        private static string QrText(PairingState state)
        {
            string complete = state.VerificationUriComplete;
            return complete != null && complete.Length > 0 ? complete : state.VerificationUri;
        }

        private void Push()
        {
            _display.Show(_frame.Bytes);
            if (_poweredOff)
            {
                _display.SetPower(true);
                _poweredOff = false;
            }
        }
    }
}
