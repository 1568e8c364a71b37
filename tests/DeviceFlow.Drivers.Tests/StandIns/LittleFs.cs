using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DeviceFlow.Drivers.Flash
{
    /// <summary>
    /// The I:\ drive as FlashStorage sees it under nanoFramework: LittleFS through ESP-IDF's VFS, reached through
    /// System.IO.FileSystem v1.1.93. Per test thread. It can run out of room and lose power after any step.
    /// </summary>
    public sealed class LittleFsVolume
    {
        /// <summary>NativeFileStream.BufferSizeDefault: WriteAllBytes writes through a FileStream in pieces of this size.</summary>
        public const int WriteChunk = 2048;

        [ThreadStatic]
        private static LittleFsVolume _current;

        private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
        private readonly HashSet<string> _folders = new(StringComparer.Ordinal) { "I:" };
        private int _stepsLeft = int.MaxValue;

        public static LittleFsVolume Current => _current ??= new LittleFsVolume();

        /// <summary>Bytes the volume can hold (file data only; the partition is 256 KB on a 4 MB board).</summary>
        public int Capacity { get; set; } = 256 * 1024;

        /// <summary>Mutating steps (a chunk written, a delete, a rename, a mkdir) performed so far.</summary>
        public int Steps { get; private set; }

        public bool PoweredOff { get; private set; }

        public IReadOnlyDictionary<string, byte[]> Files => _files;

        public static void Reset() => _current = new LittleFsVolume();

        /// <summary>Power goes after this many more mutating steps; nothing runs after that until <see cref="Reboot"/>.</summary>
        public void CutPowerAfter(int steps) => _stepsLeft = steps;

        public void Reboot()
        {
            PoweredOff = false;
            _stepsLeft = int.MaxValue;
        }

        internal bool Exists(string path) => Alive() && _files.ContainsKey(path);

        internal bool FolderExists(string path) => Alive() && _folders.Contains(path);

        internal byte[] Read(string path)
        {
            Alive();
            return _files.TryGetValue(path, out byte[] data) ? data.ToArray() : throw new IOException("FileNotFound");
        }

        /// <summary>FileMode.Create then FileStream.Write in chunks, each an fwrite + fflush (littlefs_FS_Driver.cpp Write).</summary>
        internal void Write(string path, byte[] bytes)
        {
            RequireFolderOf(path);
            Step();
            _files[path] = Array.Empty<byte>();
            for (int offset = 0; offset < bytes.Length; offset += WriteChunk)
            {
                int count = Math.Min(WriteChunk, bytes.Length - offset);
                int room = Capacity - _files.Values.Sum(f => f.Length);
                int written = Math.Min(count, Math.Max(0, room));
                Step();
                _files[path] = _files[path].Concat(bytes.Skip(offset).Take(written)).ToArray();
                if (written < count)
                {
                    // A short fwrite -> CLR_E_FILE_IO -> IOException, the file left as far as it got.
                    throw new IOException();
                }
            }
        }

        internal void Delete(string path)
        {
            RequireFolderOf(path);
            Step();
            _files.Remove(path);
        }

        /// <summary>File.Move (File.cs L252-298): IOException if the source is missing or the target exists; else one atomic rename.</summary>
        internal void Move(string from, string to)
        {
            Alive();
            if (!_files.ContainsKey(from))
            {
                throw new IOException("FileNotFound");
            }

            if (_files.ContainsKey(to))
            {
                throw new IOException("PathAlreadyExists");
            }

            Step();
            _files[to] = _files[from];
            _files.Remove(from);
        }

        /// <summary>Directory.CreateDirectory: every missing segment made, an existing folder accepted.</summary>
        internal void CreateFolder(string path)
        {
            Alive();
            string[] parts = path.Split('\\');
            for (int i = 1; i <= parts.Length; i++)
            {
                string folder = string.Join('\\', parts.Take(i));
                if (_folders.Add(folder))
                {
                    Step();
                }
            }
        }

        /// <summary>FileStream on a path whose folder is missing fails; File.Delete checks the folder first (File.cs L133-141).</summary>
        private void RequireFolderOf(string path)
        {
            Alive();
            if (!_folders.Contains(Path.GetDirectoryName(path.Replace('\\', '/')).Replace('/', '\\')))
            {
                throw new IOException("DirectoryNotFound");
            }
        }

        private bool Alive()
        {
            if (PoweredOff)
            {
                throw new PowerCutException();
            }

            return true;
        }

        private void Step()
        {
            Alive();
            if (_stepsLeft-- <= 0)
            {
                PoweredOff = true;
                throw new PowerCutException();
            }

            Steps++;
        }
    }

    /// <summary>The board lost power: no code runs after this (the driver's catch returns into a dead board).</summary>
    public sealed class PowerCutException : Exception
    {
    }

    public static class File
    {
        public static bool Exists(string path) => LittleFsVolume.Current.Exists(path);

        public static byte[] ReadAllBytes(string path) => LittleFsVolume.Current.Read(path);

        public static void WriteAllBytes(string path, byte[] bytes) => LittleFsVolume.Current.Write(path, bytes);

        public static void Delete(string path) => LittleFsVolume.Current.Delete(path);

        public static void Move(string sourceFileName, string destFileName) => LittleFsVolume.Current.Move(sourceFileName, destFileName);
    }

    public static class Directory
    {
        public static bool Exists(string path) => LittleFsVolume.Current.FolderExists(path);

        public static void CreateDirectory(string path) => LittleFsVolume.Current.CreateFolder(path);
    }
}
