using System.Collections.Generic;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Device.Tests;

/// <summary>Flash as a dictionary: every write succeeds.</summary>
internal sealed class Blobs : IStorage
{
    private readonly Dictionary<string, byte[]> _blobs = new();

    public byte[]? Read(string name) => _blobs.TryGetValue(name, out byte[]? data) ? data : null;

    public StorageResult Write(string name, byte[] data)
    {
        _blobs[name] = data;
        return StorageResult.Ok;
    }

    public StorageResult Delete(string name)
    {
        _blobs.Remove(name);
        return StorageResult.Ok;
    }
}
