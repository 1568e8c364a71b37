// Surface of nanoFramework.Iot.Device.Ssd13xx 1.3.689 (assembly Iot.Device.Ssd13xx).
// Source: nanoframework/nanoFramework.IoT.Device@122ebb1a7, devices/Ssd13xx/.
using System.Device.I2c;
using Iot.Device.Ssd13xx.Commands;

namespace Iot.Device.Ssd13xx
{
    // Ssd13xx.cs L16
    public abstract class Ssd13xx : System.IDisposable
    {
        // Not the real constructor: it only keeps the implicit public one out, because the real constructor needs an I2cDevice (Ssd13xx.cs L172).
        private protected Ssd13xx() => throw null;

        // Ssd13xx.cs L240
        public abstract void SendCommand(ISharedCommand command);

        // Ssd13xx.cs L297: copies page-ordered bytes (height/8 rows of width bytes) into the RAM buffer.
        public void DrawDirectAligned(int x, int y, int width, int height, byte[] buffer) => throw null;

        // Ssd13xx.cs L637: pushes the RAM buffer to the panel page by page.
        public void Display() => throw null;

        // Ssd13xx.cs L752
        public void Dispose() => throw null;
    }

    // Ssd1306.cs L15
    public class Ssd1306 : Ssd13xx
    {
        // Ssd1306.cs L37: 128x64, landscape; sends the init sequence at once.
        public Ssd1306(I2cDevice i2cDevice, int resetPin = -1) => throw null;

        // Ssd1306.cs L67
        public override void SendCommand(ISharedCommand command) => throw null;
    }
}

namespace Iot.Device.Ssd13xx.Commands
{
    // Commands/ICommand.cs L9 (members Id and GetBytes left out: nothing here implements a command)
    public interface ICommand
    {
    }

    // Commands/ISharedCommand.cs L9
    public interface ISharedCommand : ICommand
    {
    }

    // Commands/SetDisplayOff.cs L9 (0xAE)
    public class SetDisplayOff : ISharedCommand
    {
        // SetDisplayOff.cs L15
        public SetDisplayOff() => throw null;
    }

    // Commands/SetDisplayOn.cs L9 (0xAF)
    public class SetDisplayOn : ISharedCommand
    {
        // SetDisplayOn.cs L15
        public SetDisplayOn() => throw null;
    }

    // Commands/SetContrastControlForBank0.cs L9 (0x81)
    public class SetContrastControlForBank0 : ISharedCommand
    {
        // SetContrastControlForBank0.cs L18
        public SetContrastControlForBank0(byte contrastSetting = 0x7F) => throw null;
    }
}
