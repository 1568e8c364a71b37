using DeviceFlow.Core.Lifecycle;

namespace DeviceFlow.Core.Device
{
    /// <summary>
    /// On a scheduled wake from deep sleep (<see cref="Startup.IsQuiet"/>) the panel stays dark: the boot and
    /// refresh screens are dropped. Whatever needs the user (not paired, a failing refresh, flash trouble, a
    /// reset) still reaches the screen.
    /// </summary>
    public sealed class QuietWake : ILifecycleObserver
    {
        private readonly ILifecycleObserver _screen;
        private readonly bool _quiet;

        public QuietWake(ILifecycleObserver screen, bool quiet)
        {
            _screen = screen;
            _quiet = quiet;
        }

        public void Changed(LifecycleStatus status)
        {
            if (_quiet && (status.Phase == LifecyclePhase.Booting || status.Phase == LifecyclePhase.Refreshing))
            {
                return;
            }

            _screen.Changed(status);
        }
    }
}
