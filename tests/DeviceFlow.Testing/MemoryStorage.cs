using System;
using System.Collections.Generic;
using System.Linq;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Testing;

/// <summary>How a write cut short by a power loss leaves the blob.</summary>
public enum TornWrite
{
    /// <summary>The blob holds the first bytes of the new content only.</summary>
    Truncated,

    /// <summary>Written in place over the old content: new bytes, then whatever old bytes follow.</summary>
    InPlace,

    /// <summary>Full length, the rest still erased flash (0xFF).</summary>
    Erased,
}

/// <summary>The power went out; the code under test stops right there.</summary>
public sealed class PowerCutException : Exception
{
    public PowerCutException()
        : base("power cut")
    {
    }
}

/// <summary>
/// The one flash fake of the tests (and of the fleet model in tools/Measure): named blobs in RAM that survive a
/// modelled reboot, and can fail like flash: every write refused (full, I/O error), or one write or delete cut by
/// a power loss at a chosen step (each Write or Delete is one step) and byte offset, the way
/// <see cref="TornWrite"/> says (PowerCutTests walks every such point).
/// </summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, byte[]> _blobs = new();
    private int _cutAtStep = -1;
    private int _cutAtByte;
    private TornWrite _torn;

    /// <summary>Write and Delete calls so far: the steps a power cut can fall between.</summary>
    public List<(string Operation, string Name, int Length)> Steps { get; } = new();

    /// <summary>What every write answers when not Ok (full or failing flash); Ok writes for real.</summary>
    public StorageResult WriteResult { get; set; } = StorageResult.Ok;

    public IReadOnlyDictionary<string, byte[]> Blobs => _blobs;

    /// <summary>Write calls so far, refused ones included.</summary>
    public int Writes => Steps.Count(step => step.Operation == "write");

    public MemoryStorage Clone()
    {
        var copy = new MemoryStorage();
        foreach (var blob in _blobs)
        {
            copy._blobs[blob.Key] = (byte[])blob.Value.Clone();
        }

        return copy;
    }

    /// <summary>The next write/delete number <paramref name="step"/> (0-based from now) dies after <paramref name="bytes"/> bytes.</summary>
    public void CutPowerAt(int step, int bytes, TornWrite torn)
    {
        _cutAtStep = Steps.Count + step;
        _cutAtByte = bytes;
        _torn = torn;
    }

    public byte[]? Read(string name) => _blobs.TryGetValue(name, out var data) ? (byte[])data.Clone() : null;

    public StorageResult Write(string name, byte[] data)
    {
        Steps.Add(("write", name, data.Length));
        if (Steps.Count - 1 == _cutAtStep)
        {
            _blobs[name] = Torn(_blobs.TryGetValue(name, out var old) ? old : null, data, _cutAtByte, _torn);
            throw new PowerCutException();
        }

        if (WriteResult != StorageResult.Ok)
        {
            return WriteResult;
        }

        _blobs[name] = (byte[])data.Clone();
        return StorageResult.Ok;
    }

    public StorageResult Delete(string name)
    {
        Steps.Add(("delete", name, 0));
        if (Steps.Count - 1 == _cutAtStep)
        {
            // A delete is one step: cut before it (0) or after it (1).
            if (_cutAtByte > 0)
            {
                _blobs.Remove(name);
            }

            throw new PowerCutException();
        }

        _blobs.Remove(name);
        return StorageResult.Ok;
    }

    public void Put(string name, byte[] data) => _blobs[name] = data;

    public bool Contains(byte[] needle) => _blobs.Values.Any(blob => IndexOf(blob, needle) >= 0);

    private static byte[] Torn(byte[]? old, byte[] data, int bytes, TornWrite torn)
    {
        switch (torn)
        {
            case TornWrite.Truncated:
                return data.Take(bytes).ToArray();
            case TornWrite.InPlace:
                var mixed = new byte[Math.Max(bytes, old?.Length ?? 0)];
                old?.CopyTo(mixed, 0);
                Array.Copy(data, mixed, bytes);
                return mixed;
            default:
                var erased = Enumerable.Repeat((byte)0xFF, data.Length).ToArray();
                Array.Copy(data, erased, bytes);
                return erased;
        }
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (int i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        return -1;
    }
}
