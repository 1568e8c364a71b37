using DeviceFlow.Core.Display;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Core.Firmware
{
    /// <summary>The firmware's own notices (setup errors, retries): on the panel, in the log and to the run's observer alike.</summary>
    public sealed class Announcer
    {
        private readonly DeviceScreen _screen;
        private readonly ILog _log;
        private readonly IRunObserver _observer;

        /// <param name="observer">May be null.</param>
        public Announcer(DeviceScreen screen, ILog log, IRunObserver observer)
        {
            _screen = screen;
            _log = log;
            _observer = observer;
        }

        public void Say(string title, string body, string hint)
        {
            _log.Warn(title + ": " + body + (hint == null ? string.Empty : " [" + hint + "]"));
            _screen.ShowMessage(title, body, hint);
            if (_observer != null)
            {
                _observer.Said(title, body, hint);
            }
        }

        /// <summary>A setup error only the maker can fix: said, and returned as the reason the run stops.</summary>
        public string Halt(string title, string problem, string hint)
        {
            Say(title, problem, hint);
            return title + ": " + problem;
        }
    }
}
