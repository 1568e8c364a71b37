using DeviceFlow.Core.Device;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;

namespace DeviceFlowFirmware
{
    /// <summary>
    /// Tells the log what the OLED shows: the user code and URL while pairing (both are meant to be read by
    /// the user; the device_code never leaves the core), the lifecycle phase and each Wi-Fi attempt.
    /// </summary>
    public sealed class ConsoleStatus : IPairingObserver, ILinkObserver, ILifecycleObserver
    {
        private readonly ILog _log;
        private PairingPhase _lastPhase = PairingPhase.Idle;

        public ConsoleStatus(ILog log)
        {
            _log = log;
        }

        public void Changed(PairingState state, long nowMs)
        {
            if (state.Phase == _lastPhase)
            {
                return;
            }

            _lastPhase = state.Phase;
            if (state.Phase == PairingPhase.ShowingCode)
            {
                _log.Info("screen: go to " + state.VerificationUri + " and enter " + state.UserCode + " (" + state.SecondsLeft(nowMs) + " s left)");
            }
            else if (state.Phase == PairingPhase.Idle)
            {
                _log.Info("screen: press the button to pair");
            }
        }

        public void Changed(LifecycleStatus status)
        {
            _log.Info("lifecycle: phase " + (int)status.Phase + (status.Reason == null ? string.Empty : " (" + status.Reason + ")"));
        }

        public void LinkAttempt(int attempt, string problem)
        {
            if (problem == null)
            {
                _log.Info("screen: joining Wi-Fi (attempt " + attempt + ")");
            }
        }
    }
}
