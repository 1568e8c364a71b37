using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Core.Device
{
    /// <summary>
    /// Puts the user code and the verification URI in the log once per code, then hands every state on to the
    /// screen: a board whose OLED is missing or miswired can still be paired from the log. Both values are meant
    /// for the user's eyes (RFC 8628 §3.3); the device_code never appears.
    /// </summary>
    public sealed class CodeInLog : IPairingObserver
    {
        private readonly IPairingObserver _screen;
        private readonly ILog _log;
        private string _loggedCode;

        public CodeInLog(IPairingObserver screen, ILog log)
        {
            _screen = screen;
            _log = log;
        }

        public void Changed(PairingState state, long nowMs)
        {
            if (state.Phase == PairingPhase.ShowingCode && state.UserCode != _loggedCode)
            {
                _loggedCode = state.UserCode;
                _log.Info("pairing: go to " + state.VerificationUri + " and enter " + state.UserCode);
            }

            _screen.Changed(state, nowMs);
        }
    }
}
