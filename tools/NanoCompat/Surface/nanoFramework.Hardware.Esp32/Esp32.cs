// Surface of nanoFramework.Hardware.Esp32 1.6.42 (assembly nanoFramework.Hardware.Esp32).
// Source: nanoframework/nanoFramework.Hardware.Esp32@v1.6.42 (579dbaf), nanoFramework.Hardware.Esp32/.
namespace nanoFramework.Hardware.Esp32
{
    // Configuration.cs L14
    public class Configuration
    {
        // Configuration.cs L25
        public static void SetPinFunction(int pin, DeviceFunction value) => throw null;
    }

    // DeviceTypePins.cs L67 (values: DeviceTypes.I2C 0x20000 + bus 1 * 0x100 + 0/1, L98/L102)
    public enum DeviceFunction
    {
        I2C1_DATA = 0x20100,
        I2C1_CLOCK = 0x20101,
    }

    // HighResTimer.cs L23
    public class HighResTimer
    {
        // HighResTimer.cs L60: microseconds since boot (esp_timer_get_time).
        public static ulong GetCurrent() => throw null;
    }

    // NativeMemory.cs L14
    public class NativeMemory
    {
        // NativeMemory.cs L19
        public enum MemoryType
        {
            All,
            Internal,
            SpiRam,
        }

        // NativeMemory.cs L38: the ESP-IDF heap (heap_caps), where Wi-Fi, lwIP and mbedTLS allocate.
        public static void GetMemoryInfo(MemoryType memType, out uint totalSize, out uint totalFreeSize, out uint largestFreeBlock) => throw null;
    }

    // Errors.cs L13 (members left out: the result of EnableWakeupByTimer is not inspected)
    public enum EspNativeError
    {
    }

    // Sleep.cs L14
    public class Sleep
    {
        // Sleep.cs L35
        public enum WakeupCause
        {
            Undefined = 0,
            Ext0 = 2,
            Ext1,
            Timer,
            TouchPad,
            Ulp,
            Gpio,
            Uart,
            Wifi,
        }

        // Sleep.cs L335
        public static EspNativeError EnableWakeupByTimer(System.TimeSpan time) => throw null;

        // Sleep.cs L415: never returns; the board reboots on wake and Main runs again.
        public static void StartDeepSleep() => throw null;

        // Sleep.cs L427
        public static WakeupCause GetWakeupCause() => throw null;
    }
}
