using System;
using System.Device.Gpio;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Drivers.Button
{
    /// <summary>
    /// The push button's level. The BOOT button on GPIO0 connects the pin to ground, so it reads low while
    /// held; the internal pull-up keeps it high otherwise. Timing (debounce, long press) is the core's PolledButton.
    /// </summary>
    public sealed class GpioButtonPin : IButtonPin, IDisposable
    {
        private readonly GpioController _controller;
        private readonly GpioPin _pin;

        public GpioButtonPin(int pinNumber)
        {
            _controller = new GpioController();
            _pin = _controller.OpenPin(pinNumber, PinMode.InputPullUp);
        }

        public bool IsPressed
        {
            get { return _pin.Read() == PinValue.Low; }
        }

        public void Dispose()
        {
            _pin.Dispose();
            _controller.Dispose();
        }
    }
}
