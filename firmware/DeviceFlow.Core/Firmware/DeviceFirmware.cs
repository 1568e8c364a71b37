using DeviceFlow.Core.Config;
using DeviceFlow.Core.Device;
using DeviceFlow.Core.Display;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Providers;
using DeviceFlow.Core.Readings;

namespace DeviceFlow.Core.Firmware
{
    /// <summary>
    /// The whole firmware from power-on, on any <see cref="IBoard"/>: the board's Program.cs, the simulator and the
    /// end-to-end tests all run this one wiring. Boot (quiet after a timer wake), config.json, the panel, the root
    /// CA, Wi-Fi, the provider, the lifecycle (pairing, tokens, factory reset) and the sensor loop; every state
    /// ends on a screen that says what to do.
    /// </summary>
    public sealed class DeviceFirmware
    {
        public const string Version = "1.1";

        /// <summary>Where tools/flash uploads config.json (the board's I:\ drive; the simulator maps it to a folder).</summary>
        public const string ConfigPath = "I:\\config.json";

        /// <summary>For <see cref="Run"/>: never stop taking readings (the board).</summary>
        public const int Forever = -1;

        private readonly IBoard _board;

        public DeviceFirmware(IBoard board)
        {
            _board = board;
        }

        public int ReadingsAccepted { get; private set; }

        /// <summary>
        /// Runs until <paramref name="maxReadings"/> readings were taken (<see cref="Forever"/> on the board), then
        /// returns null; or returns the setup error it halted on, which stays on the panel.
        /// </summary>
        public string Run(int maxReadings)
        {
            ILog log = _board.Log;
            bool quiet = Startup.IsQuiet(_board.Power.WakeCause);
            log.Info("boot: version " + Version + ", wake cause " + (int)_board.Power.WakeCause);

            string problem;
            DeviceConfig config = DeviceConfigParser.Parse(_board.ReadFile(ConfigPath), out problem);
            if (config == null)
            {
                // The pins may be what is wrong, so the error goes to the panel on the default wiring.
                return Announce(new DeviceConfig(), null).Halt("CONFIG ERROR", problem, "Fix config.json");
            }

            DeviceScreen screen = Screen(config, config.Provider == null ? null : ProviderPresets.Find(config.Provider));
            Announcer say = new Announcer(screen, log, _board.Observer);
            if (quiet)
            {
                // The panel's init sequence switches it on with stale RAM: blank it and turn it off again.
                screen.ShowPairedIdle();
            }
            else
            {
                screen.ShowBooting(Version);
            }

            IHttpTransport transport = OpenTransport(config, say, out problem);
            if (transport == null)
            {
                return problem;
            }

            IButton button = _board.OpenButton(config.ButtonPin, config.LongPressMs, out problem);
            if (problem != null)
            {
                return say.Halt("BUTTON", problem, "Fix button.pin");
            }

            LinkKeeper link = new LinkKeeper(_board.OpenWifi(config.WifiSsid, config.WifiPassword), _board.Waiter, log, new LinkScreen(screen, config.WifiSsid, quiet));
            link.EnsureUp(-1);

            StoredDiscovery discovery = new StoredDiscovery(_board.Storage, new MetadataDiscovery(transport), log);
            ClientConfig client = new ProviderSetup(new ClientResolver(discovery), say, button, _board.Waiter).Resolve(config, out problem);
            if (client == null)
            {
                return say.Halt("PROVIDER", problem, "Fix config.json");
            }

            return RunPaired(config, client, transport, screen, button, link, quiet, maxReadings);
        }

        /// <summary>The lifecycle and the sensor loop: pairs when needed, then one reading per interval.</summary>
        private string RunPaired(DeviceConfig config, ClientConfig client, IHttpTransport transport, DeviceScreen screen, IButton button, LinkKeeper link, bool quiet, int maxReadings)
        {
            ILog log = _board.Log;
            PanelTimeout panel = new PanelTimeout(screen, _board.Clock, button, _board.Power, config.PairedScreenSeconds);
            ObserverPair observers = new ObserverPair(panel, _board.Observer);
            DeviceFlowProtocol protocol = new DeviceFlowProtocol(client, transport);
            PairingRunner pairing = new PairingRunner(protocol, _board.Clock, _board.Waiter, log, new CodeInLog(observers, log));
            LifecycleSettings settings = new LifecycleSettings();
            settings.PairOnFirstBoot = config.PairOnFirstBoot;
            DeviceLifecycle lifecycle = new DeviceLifecycle(client, protocol, pairing, _board.Storage, _board.Clock, _board.Waiter, panel, _board.Random, log, new QuietWake(observers, quiet), settings);
            ReadingPoster poster = new ReadingPoster(transport, config.ReadingsUrl, _board.Sensor, _board.Clock, log, _board.Observer);
            SensorLoop loop = new SensorLoop(lifecycle, link, panel, panel, poster, log, config.SensorIntervalSeconds, config.DeepSleepBetweenReadings);

            lifecycle.Start();
            while (true)
            {
                loop.TakeReading();
                ReadingsAccepted = poster.Accepted;
                if (maxReadings != Forever && poster.Taken >= maxReadings)
                {
                    return null;
                }

                loop.Idle();
            }
        }

        private DeviceScreen Screen(DeviceConfig config, ProviderPreset preset)
        {
            string problem;
            IDisplay display = _board.OpenDisplay(config.SdaPin, config.SclPin, config.OledAddress, out problem);
            if (problem != null)
            {
                // Pairing still works without a panel: CodeInLog puts the code and the URL in the log.
                _board.Log.Warn("oled: " + problem);
            }

            return new DeviceScreen(display, preset);
        }

        private Announcer Announce(DeviceConfig config, ProviderPreset preset)
        {
            return new Announcer(Screen(config, preset), _board.Log, _board.Observer);
        }

        /// <summary>HTTPS with the configured root CA; null after a halt screen naming the file and what is wrong with it.</summary>
        private IHttpTransport OpenTransport(DeviceConfig config, Announcer say, out string problem)
        {
            string pem = null;
            if (config.RootCaFile != null)
            {
                pem = _board.ReadFile(config.RootCaFile);
                if (pem == null)
                {
                    problem = say.Halt("NO ROOT CA", config.RootCaFile + " is not on the board", "Upload it (README)");
                    return null;
                }
            }

            IHttpTransport transport = _board.OpenTransport(pem, config.HttpTimeoutSeconds, out problem);
            if (problem != null)
            {
                problem = say.Halt("ROOT CA", (config.RootCaFile == null ? "CA store" : config.RootCaFile) + ": " + problem, "Fix the PEM file");
                return null;
            }

            return transport;
        }
    }
}
