using System.Collections.Generic;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Providers.Tests;

/// <summary>Flash as a dictionary, with switches for a full partition and a write torn by a power cut.</summary>
public sealed class MemoryStorage : IStorage
{
    public Dictionary<string, byte[]> Blobs { get; } = new();

    public bool Full { get; set; }

    /// <summary>When set, the next write keeps only this many bytes and reports success (power lost after the call).</summary>
    public int? TearNextWriteAt { get; set; }

    public int Writes { get; private set; }

    public byte[]? Read(string name) => Blobs.TryGetValue(name, out byte[]? blob) ? (byte[])blob.Clone() : null;

    public StorageResult Write(string name, byte[] data)
    {
        Writes++;
        if (Full)
        {
            return StorageResult.Full;
        }

        Blobs[name] = TearNextWriteAt is int keep ? data[..keep] : (byte[])data.Clone();
        TearNextWriteAt = null;
        return StorageResult.Ok;
    }

    public StorageResult Delete(string name)
    {
        Blobs.Remove(name);
        return StorageResult.Ok;
    }
}
