// Surface of nanoFramework.System.Device.I2c 1.1.29 (assembly System.Device.I2c).
// Source: nanoframework/System.Device.I2c@v1.1.29 (ac5858c), System.Device.I2c/.
namespace System.Device.I2c
{
    // I2cConnectionSettings.cs L10
    public sealed class I2cConnectionSettings
    {
        // I2cConnectionSettings.cs L30 (FastMode, 400 kHz)
        public I2cConnectionSettings(int busId, int deviceAddress) => throw null;
    }

    // I2cDevice.cs L12 (implements IDisposable; the panel driver owns and disposes it)
    public class I2cDevice
    {
        // Not the real constructor: it only keeps the implicit public one out, because the real constructor takes I2cConnectionSettings (I2cDevice.cs L128).
        internal I2cDevice() => throw null;

        // I2cDevice.cs L119
        public static I2cDevice Create(I2cConnectionSettings settings) => throw null;

        // I2cDevice.cs L69: reports a missing device in the result instead of throwing.
        public I2cTransferResult WriteByte(byte value) => throw null;
    }

    // I2cTransferResult.cs L11
    public struct I2cTransferResult
    {
        // I2cTransferResult.cs L28
        public I2cTransferStatus Status => throw null;
    }

    // I2cTransferStatus.cs L10
    public enum I2cTransferStatus
    {
        UnknownError,
        FullTransfer,
        ClockStretchTimeout,
        PartialTransfer,
        SlaveAddressNotAcknowledged,
    }
}
