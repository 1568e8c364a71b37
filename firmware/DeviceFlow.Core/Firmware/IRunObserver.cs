using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Readings;

namespace DeviceFlow.Core.Firmware
{
    /// <summary>
    /// Hears everything the panel shows, after the panel: pairing and lifecycle states, the firmware's own notices
    /// (halts, retries) and every reading. The simulator prints them; a test plays the user from them.
    /// </summary>
    public interface IRunObserver : IPairingObserver, ILifecycleObserver, IReadingObserver
    {
        /// <summary>A notice of the firmware's own, as the panel shows it (<paramref name="hint"/> may be null).</summary>
        void Said(string title, string body, string hint);
    }
}
