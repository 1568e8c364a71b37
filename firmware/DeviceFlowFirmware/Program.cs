using System.Threading;
using DeviceFlow.Core.Config;
using DeviceFlow.Core.Device;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
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
    /// <summary>Wires the drivers into the core and runs it. No logic of its own: everything here is tested elsewhere.</summary>
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

            string error;
            DeviceConfig config = DeviceConfigParser.Parse(FlashFiles.ReadText(FlashFiles.ConfigPath), json, out error);
            if (config == null)
            {
                log.Warn("config: " + error);
                Thread.Sleep(Timeout.Infinite);
            }

            OledDisplay display = new OledDisplay(config.SdaPin, config.SclPin, config.OledAddress);
            PolledButton button = new PolledButton(new GpioButtonPin(config.ButtonPin), clock, waiter, config.LongPressMs);
            FlashStorage storage = new FlashStorage(FlashStorage.DefaultFolder);

            LinkKeeper link = new LinkKeeper(new WifiLink(config.WifiSsid, config.WifiPassword, clock), waiter, log, status);
            link.EnsureUp(-1);

            string rootCa = config.RootCaFile == null ? null : FlashFiles.ReadText(config.RootCaFile);
            HttpsTransport transport = new HttpsTransport(rootCa, config.HttpTimeoutSeconds, clock);
            DeviceFlowProtocol protocol = new DeviceFlowProtocol(config.Client, transport, json);
            PairingRunner pairing = new PairingRunner(protocol, clock, waiter, log, status);
            pairing.PairWhenAsked(button);
            log.Info("paired");
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
