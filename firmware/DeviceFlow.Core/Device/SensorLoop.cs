using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Tokens;

namespace DeviceFlow.Core.Device
{
    /// <summary>
    /// After pairing: one reading per interval. Between readings the board either waits with Wi-Fi kept (a
    /// button press can pair, retry or reset meanwhile) or, when config.json asks, deep-sleeps; the tokens are
    /// in flash already, so the reboot that ends deep sleep goes straight back to reading. A deep-sleeping board
    /// hears no button, so after a power-on or reset it stays awake for its first interval: that is the
    /// maker's window for a long press (factory reset).
    /// </summary>
    public sealed class SensorLoop
    {
        private readonly DeviceLifecycle _lifecycle;
        private readonly LinkKeeper _link;
        private readonly IButton _button;
        private readonly IPower _power;
        private readonly ISensorTask _task;
        private readonly ILog _log;
        private readonly int _intervalSeconds;
        private readonly bool _deepSleep;
        private bool _awakeWindow;

        public SensorLoop(DeviceLifecycle lifecycle, LinkKeeper link, IButton button, IPower power, ISensorTask task, ILog log, int intervalSeconds, bool deepSleep)
        {
            _awakeWindow = !Startup.IsQuiet(power.WakeCause);
            _lifecycle = lifecycle;
            _link = link;
            _button = button;
            _power = power;
            _task = task;
            _log = log;
            _intervalSeconds = intervalSeconds;
            _deepSleep = deepSleep;
        }

        /// <summary>Pairs if needed, then one reading; a 401 gets one refresh and one resend.</summary>
        public void TakeReading()
        {
            _lifecycle.EnsurePaired();
            _link.EnsureUp(-1);
            // Through the lifecycle, so a refresh trouble or a lost binding reaches the screen.
            AccessTokenResult token = _lifecycle.AccessToken();
            if (!_task.Run(token) && token.AccessToken != null)
            {
                _log.Warn("sensor: the API refused the access token, refreshing once");
                _task.Run(_lifecycle.ReportUnauthorized(token.AccessToken));
            }
        }

        /// <summary>Until the next reading is due: listening for the button, or in deep sleep.</summary>
        public void Idle()
        {
            bool awakeWindow = _awakeWindow;
            _awakeWindow = false;
            if (_deepSleep && _lifecycle.IsPaired && !awakeWindow)
            {
                _log.Info("sensor: deep sleep for " + _intervalSeconds + " s");
                _power.DeepSleep(_intervalSeconds);
                return;
            }

            _lifecycle.HandlePress(_button.WaitForPress(_intervalSeconds * 1000));
        }
    }
}
