using DeviceFlow.Core.Display;
using DeviceFlow.Core.Protocol;

namespace DeviceFlow.Core.Device
{
    /// <summary>Shows the Wi-Fi attempts on the OLED: which network, which try, and why the last one failed.</summary>
    public sealed class LinkScreen : ILinkObserver
    {
        private readonly DeviceScreen _screen;
        private readonly string _ssid;
        private readonly bool _quiet;

        /// <param name="ssid">Null when the board joins with credentials stored by nanoff.</param>
        /// <param name="quiet">Show failures only (a scheduled wake, see <see cref="Startup.IsQuiet"/>).</param>
        public LinkScreen(DeviceScreen screen, string ssid, bool quiet)
        {
            _screen = screen;
            _ssid = ssid;
            _quiet = quiet;
        }

        public void Connecting(int attempt)
        {
            if (!_quiet)
            {
                _screen.ShowWifiConnecting(_ssid, attempt);
            }
        }

        public void Failed(int attempt, string problem, int retryInMs)
        {
            _screen.ShowWifiFailed(problem, retryInMs < 0 ? "Check config.json" : "Retry in " + WholeSeconds.RoundedUp(retryInMs) + " s");
        }
    }
}
