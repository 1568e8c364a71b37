using System.Threading;
using DeviceFlow.Core.Config;
using DeviceFlow.Core.Device;
using DeviceFlow.Core.Display;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Providers;
using DeviceFlow.Drivers.Button;
using DeviceFlow.Drivers.Clock;
using DeviceFlow.Drivers.Flash;
using DeviceFlow.Drivers.Https;
using DeviceFlow.Drivers.Oled;
using DeviceFlow.Drivers.Power;
using DeviceFlow.Drivers.Wifi;

namespace DeviceFlowFirmware
{
    /// <summary>Wires the drivers into the core and runs it. No logic of its own: everything it calls is tested elsewhere.</summary>
    public static class Program
    {
        private const string Version = "1.0";

        public static void Main()
        {
            ConsoleLog log = new ConsoleLog();
            EspClock clock = new EspClock();
            ThreadWaiter waiter = new ThreadWaiter();
            EspPower power = new EspPower();
            log.Info("boot: version " + Version + ", wake cause " + (int)power.WakeCause);

            string problem;
            DeviceConfig config = DeviceConfigParser.Parse(FlashFiles.ReadText(FlashFiles.ConfigPath), out problem);
            if (config == null)
            {
                // The pins may be what is wrong, so the error goes to the panel on the default wiring.
                config = new DeviceConfig();
                Halt(Screen(config, log), "CONFIG ERROR", problem, "Fix config.json", log);
            }

            bool quiet = Startup.IsQuiet(power.WakeCause);
            DeviceScreen screen = Screen(config, log);
            if (quiet)
            {
                // The panel's init sequence switches it on with stale RAM: blank it and turn it off again.
                screen.ShowPairedIdle();
            }
            else
            {
                screen.ShowBooting(Version);
            }

            string rootCa = config.RootCaFile == null ? null : FlashFiles.ReadText(config.RootCaFile);
            if (config.RootCaFile != null && rootCa == null)
            {
                Halt(screen, "NO ROOT CA", config.RootCaFile + " is not on the board", "Upload it (README)", log);
            }

            PolledButton button = new PolledButton(new GpioButtonPin(config.ButtonPin), clock, waiter, config.LongPressMs);
            FlashStorage storage = new FlashStorage(FlashStorage.DefaultFolder);
            LinkKeeper link = new LinkKeeper(new WifiLink(config.WifiSsid, config.WifiPassword, clock), waiter, log, new LinkScreen(screen, config.WifiSsid, quiet));
            link.EnsureUp(-1);

            HttpsTransport transport = new HttpsTransport(rootCa, config.HttpTimeoutSeconds, clock);
            StoredDiscovery discovery = new StoredDiscovery(storage, new MetadataDiscovery(transport), log);
            ClientConfig client = new ClientResolver(discovery, waiter, log).Resolve(config, out problem);
            if (client == null)
            {
                Halt(screen, "PROVIDER", problem, "Fix config.json", log);
            }

            DeviceFlowProtocol protocol = new DeviceFlowProtocol(client, transport);
            PairingRunner pairing = new PairingRunner(protocol, clock, waiter, log, new CodeInLog(screen, log));
            DeviceLifecycle lifecycle = new DeviceLifecycle(client, protocol, pairing, storage, clock, waiter, button, new SystemRandomSource(), log, new QuietWake(screen, quiet), new LifecycleSettings { PairOnFirstBoot = config.PairOnFirstBoot });
            lifecycle.Start();
            new SensorLoop(lifecycle, link, button, power, new SensorTask(log), log, config.SensorIntervalSeconds, config.DeepSleepBetweenReadings).Run();
        }

        private static DeviceScreen Screen(DeviceConfig config, ConsoleLog log)
        {
            OledDisplay display = new OledDisplay(config.SdaPin, config.SclPin, config.OledAddress);
            if (display.Problem != null)
            {
                log.Warn("oled: " + display.Problem);
            }

            return new DeviceScreen(display);
        }

        /// <summary>A setup error the maker must fix, on the OLED and in the log; the board waits for a re-flash.</summary>
        private static void Halt(DeviceScreen screen, string title, string problem, string hint, ConsoleLog log)
        {
            log.Warn(title + ": " + problem);
            screen.ShowMessage(title, problem, hint);
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
