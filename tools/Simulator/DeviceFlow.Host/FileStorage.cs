using System;
using System.IO;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Host;

/// <summary>The flash port as files in a data folder: one file per blob, written through a temporary file.</summary>
public sealed class FileStorage : IStorage
{
    /// <summary>ENOSPC on Linux and ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL on Windows.</summary>
    private static readonly int[] DiskFullCodes = [28, 0x70, 0x27];

    private readonly string _folder;

    public FileStorage(string folder)
    {
        _folder = folder;
        Directory.CreateDirectory(folder);
    }

    public byte[]? Read(string name)
    {
        try
        {
            string path = PathOf(name);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    public StorageResult Write(string name, byte[] data)
    {
        try
        {
            string path = PathOf(name);
            string temporary = path + ".tmp";
            File.WriteAllBytes(temporary, data);
            File.Move(temporary, path, overwrite: true);
            return StorageResult.Ok;
        }
        catch (IOException e) when (Array.IndexOf(DiskFullCodes, e.HResult & 0xFFFF) >= 0)
        {
            return StorageResult.Full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return StorageResult.Failed;
        }
    }

    public StorageResult Delete(string name)
    {
        try
        {
            File.Delete(PathOf(name));
            return StorageResult.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return StorageResult.Failed;
        }
    }

    /// <summary>Blob names are plain file names; anything that could leave the folder is refused.</summary>
    private string PathOf(string name)
    {
        if (name.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains("..", StringComparison.Ordinal) || name.Contains('/') || name.Contains('\\'))
        {
            throw new ArgumentException("not a plain blob name", nameof(name));
        }

        return Path.Combine(_folder, name);
    }
}
