using System.Collections.Generic;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Measure.Fleet;

/// <summary>A device's flash for the fleet model: named blobs in memory that survive the modelled reboot.</summary>
public sealed class MemoryFlash : IStorage
{
    private readonly Dictionary<string, byte[]> _blobs = new();

    public byte[]? Read(string name) => _blobs.TryGetValue(name, out byte[]? data) ? (byte[])data.Clone() : null;

    public StorageResult Write(string name, byte[] data)
    {
        _blobs[name] = (byte[])data.Clone();
        return StorageResult.Ok;
    }

    public StorageResult Delete(string name)
    {
        _blobs.Remove(name);
        return StorageResult.Ok;
    }
}
