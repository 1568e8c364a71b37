using System;
using DeviceFlow.Core.Device;
using DeviceFlow.Core.Firmware;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Ports;
using DeviceFlow.Drivers.Button;
using DeviceFlow.Drivers.Clock;
using DeviceFlow.Drivers.Flash;
using DeviceFlow.Drivers.Https;
using DeviceFlow.Drivers.Oled;
using DeviceFlow.Drivers.Power;
using DeviceFlow.Drivers.Wifi;

namespace DeviceFlowFirmware
{
    /// <summary>
    /// The ESP32 DevKit as the firmware's platform: one driver per port, the config-dependent ones opened when the
    /// firmware asks. Opening never throws out of here: a driver that fails to start becomes a problem the
    /// firmware shows on the panel instead of an exception that would end Main on a blank screen.
    /// </summary>
    public sealed class Esp32Board : IBoard
    {
        public Esp32Board()
        {
            Log = new ConsoleLog();
            Clock = new EspClock();
            Waiter = new ThreadWaiter();
            Power = new EspPower();
            Random = new SystemRandomSource();
            Storage = new FlashStorage(FlashStorage.DefaultFolder);
            Sensor = new FreeMemorySensor();
        }

        public ILog Log { get; }

        public IClock Clock { get; }

        public IWaiter Waiter { get; }

        public IPower Power { get; }

        public IRandomSource Random { get; }

        public IStorage Storage { get; }

        public IReadingSource Sensor { get; }

        /// <summary>Nobody: on the board the panel and the debug log say it all.</summary>
        public IRunObserver Observer
        {
            get { return null; }
        }

        public string ReadFile(string path)
        {
            return FlashFiles.ReadText(path);
        }

        public IDisplay OpenDisplay(int sdaPin, int sclPin, int address, out string problem)
        {
            try
            {
                OledDisplay display = new OledDisplay(sdaPin, sclPin, address);
                problem = display.Problem;
                return display;
            }
            catch (Exception e)
            {
                problem = "the I2C bus did not start on SDA " + sdaPin + " / SCL " + sclPin + " (" + e.GetType().Name + ")";
                return new NoDisplay();
            }
        }

        public IButton OpenButton(int pin, int longPressMs, out string problem)
        {
            try
            {
                problem = null;
                return new PolledButton(new GpioButtonPin(pin), Clock, Waiter, longPressMs);
            }
            catch (Exception e)
            {
                problem = "GPIO" + pin + " could not be opened (" + e.GetType().Name + ")";
                return null;
            }
        }

        public IWifiLink OpenWifi(string ssid, string password)
        {
            return new WifiLink(ssid, password, Clock);
        }

        public IHttpTransport OpenTransport(string rootCaPem, int timeoutSeconds, out string problem)
        {
            try
            {
                problem = null;
                return new HttpsTransport(rootCaPem, timeoutSeconds, Clock);
            }
            catch (Exception e)
            {
                // new X509Certificate(pem) parses at once and throws on a file that is not a PEM certificate.
                problem = "not a PEM certificate the board can read (" + e.GetType().Name + ")";
                return null;
            }
        }

        /// <summary>A panel that did not start: frames go nowhere, and the log carries the code (CodeInLog).</summary>
        private sealed class NoDisplay : IDisplay
        {
            public void Show(byte[] frame)
            {
            }

            public void SetPower(bool on)
            {
            }
        }
    }
}
