using System;
using System.IO;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Drivers.Flash
{
    /// <summary>
    /// Named blobs as files in a folder of ours on the internal LittleFS drive I:\, which also holds the
    /// device's own network and certificate configuration: this class never touches anything outside its folder.
    /// A write goes to "name.tmp", is renamed to "name.new" once whole, then replaces "name" by delete + move
    /// (File.Move refuses an existing target: System.IO.FileSystem v1.1.93 File.cs L275-280). A rename is atomic
    /// on LittleFS (littlefs_FS_Driver.cpp Move -> rename), so "name.new" is always complete and a power cut at
    /// any point leaves the old value or the new one: Read finishes a replacement it finds half done, and a torn
    /// "name.tmp" is never read.
    /// </summary>
    public sealed class FlashStorage : IStorage
    {
        public const string DefaultFolder = "I:\\deviceflow";

        private const string PendingSuffix = ".new";

        private const string PartialSuffix = ".tmp";

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
                FinishReplacing(path, path + PendingSuffix);
                return File.Exists(path) ? File.ReadAllBytes(path) : null;
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
            string partial = path + PartialSuffix;
            try
            {
                if (!Directory.Exists(_folder))
                {
                    // Creates missing parents too and accepts an existing folder (Directory.cs L22-31,
                    // littlefs_FS_Driver.cpp CreateDirectory: mkdir per segment, EEXIST ignored).
                    Directory.CreateDirectory(_folder);
                }

                FinishReplacing(path, pending);
                DeleteIfThere(partial);

                // FileMode.Create (File.cs L473-497): a cut or a full volume leaves a torn "name.tmp", never read.
                File.WriteAllBytes(partial, data);
                File.Move(partial, pending);
                FinishReplacing(path, pending);
                return StorageResult.Ok;
            }
            catch (Exception)
            {
                // IOException mostly. A full volume is a short fwrite -> CLR_E_FILE_IO (littlefs_FS_Driver.cpp
                // Write), the same error as any other I/O failure, and DriveInfo has no free-space figure, so a
                // full partition cannot be told apart and is reported as Failed. The old value is untouched.
                DeleteQuietly(partial);
                return StorageResult.Failed;
            }
        }

        public StorageResult Delete(string name)
        {
            string path = PathOf(name);
            try
            {
                // The pending copy first: deleting "name" alone would let Read bring it back.
                DeleteIfThere(path + PendingSuffix);
                DeleteIfThere(path);
                DeleteIfThere(path + PartialSuffix);
                return StorageResult.Ok;
            }
            catch (Exception)
            {
                return StorageResult.Failed;
            }
        }

        /// <summary>A whole "name.new" left by a cut write is newer than "name": it takes its place.</summary>
        private static void FinishReplacing(string path, string pending)
        {
            if (File.Exists(pending))
            {
                DeleteIfThere(path);
                File.Move(pending, path);
            }
        }

        /// <summary>File.Delete throws DirectoryNotFound when the folder is missing (File.cs L133-141), so ask first.</summary>
        private static void DeleteIfThere(string path)
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }

        private static void DeleteQuietly(string path)
        {
            try
            {
                DeleteIfThere(path);
            }
            catch (Exception)
            {
                // Best effort: the next write deletes it anyway.
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
