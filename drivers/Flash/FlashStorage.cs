using System;
using System.IO;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Drivers.Flash
{
    /// <summary>
    /// Named blobs as files in a folder of ours on the internal LittleFS drive I:\, which also holds the
    /// device's own network and certificate configuration: this class never touches anything outside its folder.
    /// A write goes to "name.new" first and replaces "name" by delete + move (File.Move cannot overwrite);
    /// a power cut between the two leaves "name.new", which Read then takes.
    /// </summary>
    public sealed class FlashStorage : IStorage
    {
        public const string DefaultFolder = "I:\\deviceflow";

        private const string PendingSuffix = ".new";

        private readonly string _folder;

        public FlashStorage(string folder)
        {
            _folder = folder;
        }

        public byte[] Read(string name)
        {
            string path = PathOf(name);
            try
            {
                if (File.Exists(path))
                {
                    return File.ReadAllBytes(path);
                }

                string pending = path + PendingSuffix;
                if (File.Exists(pending))
                {
                    // The last write was cut between delete and move: finish it.
                    File.Move(pending, path);
                    return File.ReadAllBytes(path);
                }

                return null;
            }
            catch (Exception)
            {
                return null;
            }
        }

        public StorageResult Write(string name, byte[] data)
        {
            string path = PathOf(name);
            string pending = path + PendingSuffix;
            try
            {
                if (!Directory.Exists(_folder))
                {
                    Directory.CreateDirectory(_folder);
                }

                if (File.Exists(pending))
                {
                    File.Delete(pending);
                }

                File.WriteAllBytes(pending, data);
                if (File.Exists(path))
                {
                    File.Delete(path);
                }

                File.Move(pending, path);
                return StorageResult.Ok;
            }
            catch (Exception)
            {
                // IOException mostly; nanoFramework's IOExceptionErrorCode has no "disk full" code, so a full
                // partition cannot be told apart from other failures and is reported as Failed.
                return StorageResult.Failed;
            }
        }

        public StorageResult Delete(string name)
        {
            string path = PathOf(name);
            try
            {
                if (File.Exists(path))
                {
                    File.Delete(path);
                }

                if (File.Exists(path + PendingSuffix))
                {
                    File.Delete(path + PendingSuffix);
                }

                return StorageResult.Ok;
            }
            catch (Exception)
            {
                return StorageResult.Failed;
            }
        }

        /// <summary>Names are ours (e.g. "tokens.a"); a separator in one would escape the folder.</summary>
        private string PathOf(string name)
        {
            if (name == null || name.Length == 0 || name.IndexOf('\\') >= 0 || name.IndexOf('/') >= 0 || name.IndexOf(':') >= 0)
            {
                throw new ArgumentException("bad storage name");
            }

            return _folder + "\\" + name;
        }
    }
}
