using System.Threading;
using DeviceFlow.Core.Config;
using DeviceFlow.Core.Device;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Providers;
using DeviceFlow.Drivers.Button;
using DeviceFlow.Drivers.Clock;
using DeviceFlow.Drivers.Flash;
using DeviceFlow.Drivers.Https;
using DeviceFlow.Drivers.Json;
using DeviceFlow.Drivers.Oled;
using DeviceFlow.Drivers.Power;
using DeviceFlow.Drivers.Wifi;

namespace DeviceFlowFirmware
{
    /// <summary>Wires the drivers into the core and runs it. No logic of its own: everything it calls is tested elsewhere.</summary>
    public static class Program
    {
        public static void Main()
        {
            DebugLog log = new DebugLog();
            EspClock clock = new EspClock();
            ThreadWaiter waiter = new ThreadWaiter();
            EspPower power = new EspPower();
            NanoJsonParser json = new NanoJsonParser();
            ConsoleStatus status = new ConsoleStatus(log);
            log.Info("boot: wake cause " + (int)power.WakeCause);

            string problem;
            DeviceConfig config = DeviceConfigParser.Parse(FlashFiles.ReadText(FlashFiles.ConfigPath), json, out problem);
            if (config == null)
            {
                Halt(new OledDisplay(DeviceConfig.DefaultSdaPin, DeviceConfig.DefaultSclPin, DeviceConfig.DefaultOledAddress), "config.json", problem, log);
            }

            OledDisplay display = new OledDisplay(config.SdaPin, config.SclPin, config.OledAddress);
            PolledButton button = new PolledButton(new GpioButtonPin(config.ButtonPin), clock, waiter, config.LongPressMs);
            FlashStorage storage = new FlashStorage(FlashStorage.DefaultFolder);
            LinkKeeper link = new LinkKeeper(new WifiLink(config.WifiSsid, config.WifiPassword, clock), waiter, log, status);
            link.EnsureUp(-1);

            string rootCa = config.RootCaFile == null ? null : FlashFiles.ReadText(config.RootCaFile);
            if (config.RootCaFile != null && rootCa == null)
            {
                Halt(display, "root CA", "root_ca_file: " + config.RootCaFile + " not found on the board", log);
            }

            HttpsTransport transport = new HttpsTransport(rootCa, config.HttpTimeoutSeconds, clock);
            StoredDiscovery discovery = new StoredDiscovery(storage, new MetadataDiscovery(transport, json), log);
            ClientConfig client = new ClientResolver(discovery, waiter, log).Resolve(config, out problem);
            if (client == null)
            {
                Halt(display, "provider", problem, log);
            }

            DeviceFlowProtocol protocol = new DeviceFlowProtocol(client, transport, json);
            PairingRunner pairing = new PairingRunner(protocol, clock, waiter, log, status);
            DeviceLifecycle lifecycle = new DeviceLifecycle(client, protocol, pairing, storage, clock, waiter, button, new SystemRandomSource(), log, status, new LifecycleSettings());
            lifecycle.Start();
            new SensorLoop(lifecycle, link, button, power, new SensorTask(log), log, config.SensorIntervalSeconds, config.DeepSleepBetweenReadings).Run();
        }

        /// <summary>A setup error the maker must fix, on the OLED and in the log; the board waits for a re-flash.</summary>
        private static void Halt(OledDisplay display, string title, string problem, DebugLog log)
        {
            log.Warn(title + ": " + problem);
            display.Show(TextScreen.Render(title, problem).Bytes);
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
