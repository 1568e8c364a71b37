// Surface of nanoFramework.System.IO.FileSystem 1.1.93 (assembly System.IO.FileSystem).
// Source: nanoframework/System.IO.FileSystem@v1.1.93 (434b26c), System.IO.FileSystem/.
// IOException itself is in mscorlib.
namespace System.IO
{
    // File.cs L13
    public static class File
    {
        // File.cs L122
        public static void Delete(string path) => throw null;

        // File.cs L176
        public static bool Exists(string path) => throw null;

        // File.cs L252: throws IOException (PathAlreadyExists) when the destination exists; no overwrite overload.
        public static void Move(string sourceFileName, string destFileName) => throw null;

        // File.cs L401
        public static byte[] ReadAllBytes(string path) => throw null;

        // File.cs L442
        public static string ReadAllText(string path) => throw null;

        // File.cs L473
        public static void WriteAllBytes(string path, byte[] bytes) => throw null;
    }

    // Directory.cs L14
    public static class Directory
    {
        // Directory.cs L22
        public static DirectoryInfo CreateDirectory(string path) => throw null;

        // Directory.cs L107
        public static bool Exists(string path) => throw null;
    }

    // DirectoryInfo.cs L11 (derives from FileSystemInfo, left out: no member is used)
    public sealed class DirectoryInfo
    {
        // Not the real constructor: it only keeps the implicit public one out, because the real constructor takes a path (DirectoryInfo.cs L77).
        internal DirectoryInfo() => throw null;

    }
}
