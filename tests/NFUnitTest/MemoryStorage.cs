using System.Collections;
using DeviceFlow.Core.Ports;

namespace NFUnitTest
{
    /// <summary>
    /// Flash as named blobs in RAM, with copies in and out as a file system gives; <see cref="Refuse"/> makes every
    /// later write answer as a full or failing partition does.
    /// </summary>
    public sealed class MemoryStorage : IStorage
    {
        private readonly Hashtable _blobs = new Hashtable();
        private StorageResult _writes = StorageResult.Ok;

        public bool Has(string name)
        {
            return _blobs.Contains(name);
        }

        /// <summary>The stored bytes themselves, for a test to damage as a power cut or bit rot would.</summary>
        public byte[] Raw(string name)
        {
            return (byte[])_blobs[name];
        }

        public void Refuse(StorageResult result)
        {
            _writes = result;
        }

        public byte[] Read(string name)
        {
            byte[] blob = (byte[])_blobs[name];
            return blob == null ? null : Copy(blob);
        }

        public StorageResult Write(string name, byte[] data)
        {
            if (_writes == StorageResult.Ok)
            {
                _blobs[name] = Copy(data);
            }

            return _writes;
        }

        public StorageResult Delete(string name)
        {
            _blobs.Remove(name);
            return StorageResult.Ok;
        }

        private static byte[] Copy(byte[] data)
        {
            byte[] copy = new byte[data.Length];
            System.Array.Copy(data, copy, data.Length);
            return copy;
        }
    }
}
