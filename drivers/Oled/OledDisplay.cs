using System;
using System.Device.I2c;
using DeviceFlow.Core.Ports;
using Iot.Device.Ssd13xx;
using Iot.Device.Ssd13xx.Commands;
using nanoFramework.Hardware.Esp32;

namespace DeviceFlow.Drivers.Oled
{
    /// <summary>
    /// The core's display port over an SSD1306 128x64 on I2C bus 1. The core already renders in the
    /// controller's page order, so a frame is copied into the driver's buffer as is and pushed.
    /// </summary>
    public sealed class OledDisplay : IDisplay, IDisposable
    {
        public const int Width = 128;

        public const int Height = 64;

        public const int FrameBytes = Width * Height / 8;

        /// <summary>ESP32 bus ids are 1 and 2; bus 1 defaults to GPIO18/19, hence the pin mapping below.</summary>
        private const int BusId = 1;

        private readonly Ssd1306 _panel;

        public OledDisplay(int sdaPin, int sclPin, int address)
        {
            // Before the device is created: the I2C driver takes the pins the mapping holds at that moment.
            Configuration.SetPinFunction(sdaPin, DeviceFunction.I2C1_DATA);
            Configuration.SetPinFunction(sclPin, DeviceFunction.I2C1_CLOCK);
            I2cDevice device = I2cDevice.Create(new I2cConnectionSettings(BusId, address));

            // I2C writes report a missing device in their result rather than throwing, so ask once: a lone
            // control byte (0x00, "commands follow") changes nothing on a panel that is there.
            if (device.WriteByte(0x00).Status != I2cTransferStatus.FullTransfer)
            {
                Problem = "no SSD1306 answers at address " + address + " on SDA " + sdaPin + " / SCL " + sclPin + ": check the wiring and oled.address";
            }

            _panel = new Ssd1306(device);
        }

        /// <summary>Why the panel probably shows nothing (for the log), or null when it answered.</summary>
        public string Problem { get; }

        public void Show(byte[] frame)
        {
            if (frame == null || frame.Length != FrameBytes)
            {
                throw new ArgumentException("frame must be " + FrameBytes + " bytes");
            }

            _panel.DrawDirectAligned(0, 0, Width, Height, frame);
            _panel.Display();
        }

        public void SetPower(bool on)
        {
            if (on)
            {
                _panel.SendCommand(new SetDisplayOn());
            }
            else
            {
                _panel.SendCommand(new SetDisplayOff());
            }
        }

        public void Dispose()
        {
            _panel.Dispose();
        }
    }
}
