using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Readings;
using nanoFramework.Hardware.Esp32;

namespace DeviceFlowFirmware
{
    /// <summary>
    /// The shipped sensor, and where a maker's own goes: it reports the ESP32's free internal RAM and its largest
    /// free block (nanoFramework.Hardware.Esp32 NativeMemory.cs L38). That is the heap Wi-Fi, lwIP and the TLS
    /// handshake allocate from, so a falling largest block warns of the fragmentation that makes HTTPS fail long
    /// before it does. The ESP32's own temperature sensor has no nanoFramework API (none in the pinned
    /// nanoFramework.Hardware.Esp32 1.6.42; ESP-IDF documents none for the original ESP32), hence no temperature.
    /// </summary>
    public sealed class FreeMemorySensor : IReadingSource
    {
        public void Measure(Reading reading)
        {
            uint total;
            uint free;
            uint largestBlock;
            NativeMemory.GetMemoryInfo(NativeMemory.MemoryType.Internal, out total, out free, out largestBlock);
            reading.Add("free_internal_bytes", free);
            reading.Add("largest_free_block_bytes", largestBlock);
        }
    }
}
