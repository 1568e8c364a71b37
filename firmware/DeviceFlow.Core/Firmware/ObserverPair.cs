using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;

namespace DeviceFlow.Core.Firmware
{
    /// <summary>Tells the panel first, then the run's observer (when there is one), of every state.</summary>
    public sealed class ObserverPair : IPairingObserver, ILifecycleObserver
    {
        private readonly PanelTimeout _panel;
        private readonly IRunObserver _observer;

        /// <param name="observer">May be null.</param>
        public ObserverPair(PanelTimeout panel, IRunObserver observer)
        {
            _panel = panel;
            _observer = observer;
        }

        public void Changed(PairingState state, long nowMs)
        {
            _panel.Changed(state, nowMs);
            if (_observer != null)
            {
                _observer.Changed(state, nowMs);
            }
        }

        public void Changed(LifecycleStatus status)
        {
            _panel.Changed(status);
            if (_observer != null)
            {
                _observer.Changed(status);
            }
        }
    }
}
