using System.Threading;
using DeviceFlow.Core.Firmware;

namespace DeviceFlowFirmware
{
    /// <summary>The board's entry point: its drivers as the firmware's platform, and the one firmware the simulator and the tests run too.</summary>
    public static class Program
    {
        public static void Main()
        {
            new DeviceFirmware(new Esp32Board()).Run(DeviceFirmware.Forever);

            // Run returns only on a setup error, whose screen says what to fix; the board waits for a re-flash.
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
