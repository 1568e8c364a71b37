using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Core.Firmware
{
    /// <summary>
    /// Everything <see cref="DeviceFirmware"/> needs from the hardware it runs on: the ESP32's drivers on the board,
    /// the PC's adapters in the simulator and the end-to-end tests. What depends on config.json is opened through
    /// it once the file is read. Opening never throws: a driver that cannot work says why in <c>problem</c>, and the
    /// firmware puts that on the panel.
    /// </summary>
    public interface IBoard
    {
        ILog Log { get; }

        IClock Clock { get; }

        IWaiter Waiter { get; }

        IPower Power { get; }

        IRandomSource Random { get; }

        /// <summary>The firmware's blobs (tokens, discovered endpoints): a folder of its own on the flash.</summary>
        IStorage Storage { get; }

        /// <summary>What each reading measures besides its number and the uptime.</summary>
        IReadingSource Sensor { get; }

        /// <summary>Who watches the run besides the panel and the log: null on the board; the simulator's terminal; a test.</summary>
        IRunObserver Observer { get; }

        /// <summary>A text file the maker uploaded to the flash (config.json, the root CA), or null when it is missing or unreadable.</summary>
        string ReadFile(string path);

        /// <summary>The OLED on these pins; <paramref name="problem"/> says when nothing answers (the log still shows the code).</summary>
        IDisplay OpenDisplay(int sdaPin, int sclPin, int address, out string problem);

        IButton OpenButton(int pin, int longPressMs, out string problem);

        /// <param name="ssid">Null: the credentials nanoff's network deployment stored on the device.</param>
        IWifiLink OpenWifi(string ssid, string password);

        /// <param name="rootCaPem">The provider's root CA as PEM text, or null for the CA store deployed with the firmware.</param>
        IHttpTransport OpenTransport(string rootCaPem, int timeoutSeconds, out string problem);
    }
}
