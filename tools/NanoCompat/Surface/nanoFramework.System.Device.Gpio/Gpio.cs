// Surface of nanoFramework.System.Device.Gpio 1.1.57 (assembly System.Device.Gpio).
// Source: nanoframework/System.Device.Gpio@v1.1.57 (8b832b8), System.Device.Gpio/.
namespace System.Device.Gpio
{
    // GpioController.cs L13
    public sealed class GpioController : IDisposable
    {
        // GpioController.cs L28
        public GpioController() => throw null;

        // GpioController.cs L79
        public GpioPin OpenPin(int pinNumber, PinMode mode) => throw null;

        // GpioController.cs L139
        public void Dispose() => throw null;
    }

    // GpioPin.cs L19
    public sealed class GpioPin : IDisposable
    {
        // Not the real constructor: it only keeps the implicit public one out, because the real constructor is internal (GpioPin.cs L38).
        internal GpioPin() => throw null;

        // GpioPin.cs L151
        public PinValue Read() => throw null;

        // GpioPin.cs L286
        public void Dispose() => throw null;
    }

    // PinMode.cs L10 (the real enum has more members after Output)
    public enum PinMode
    {
        Input,
        InputPullDown,
        InputPullUp,
        Output,
    }

    // PinValue.cs L10
    public readonly struct PinValue
    {
        // PinValue.cs L27
        public static PinValue Low => throw null;

        // PinValue.cs L78
        public static bool operator ==(PinValue a, PinValue b) => throw null;

        // PinValue.cs L83
        public static bool operator !=(PinValue a, PinValue b) => throw null;

        // PinValue.cs L65
        public override bool Equals(object obj) => throw null;

        // PinValue.cs L86
        public override int GetHashCode() => throw null;
    }
}
