namespace DeviceFlow.Core.Ports
{
    public enum StorageResult
    {
        Ok,

        /// <summary>No room left on the flash partition.</summary>
        Full,

        /// <summary>Any other I/O failure.</summary>
        Failed,
    }

    /// <summary>
    /// Named blobs in flash (files in a folder of ours on I:\ on the device, files in a data folder on the host).
    /// A write may be torn by a power cut; making that safe is the caller's job (two slots, CRC).
    /// </summary>
    public interface IStorage
    {
        /// <summary>The blob's bytes, or null when it is absent or unreadable.</summary>
        byte[] Read(string name);

        StorageResult Write(string name, byte[] data);

        /// <summary>Deleting an absent blob is Ok.</summary>
        StorageResult Delete(string name);
    }
}
