using DeviceFlow.Core.Display;

namespace DeviceFlow.Core.Device
{
    /// <summary>Shows the Wi-Fi attempts on the OLED: which network, which try, and why the last one failed.</summary>
    public sealed class LinkScreen : ILinkObserver
    {
        private readonly DeviceScreen _screen;
        private readonly string _ssid;

        /// <param name="ssid">Null when the board joins with credentials stored by nanoff.</param>
        public LinkScreen(DeviceScreen screen, string ssid)
        {
            _screen = screen;
            _ssid = ssid;
        }

        public void Connecting(int attempt)
        {
            _screen.ShowWifiConnecting(_ssid, attempt);
        }

        public void Failed(int attempt, string problem, int retryInMs)
        {
            _screen.ShowMessage("NO WI-FI", problem, retryInMs < 0 ? "Check config.json" : "Retry in " + ((retryInMs + 999) / 1000) + " s");
        }
    }
}
