using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Threading;

namespace DeviceFlow.DevServer;

/// <summary>
/// Server-side facts the end-to-end tests assert: how many token requests each device code got and when (to
/// prove no early or extra polls), device codes issued, TLS handshakes, refreshes, readings accepted. Looked up by
/// user code, or by an opaque id (a SHA-256 of the device_code) where only the token request is at hand: the secret
/// device_code itself is never kept.
/// </summary>
public sealed class DevServerCounters
{
    private readonly ConcurrentDictionary<string, IssuedCode> _codesByOpaqueId = new();
    private readonly ConcurrentDictionary<string, IssuedCode> _codesByUserCode = new();
    private int _deviceCodesIssued;
    private int _tlsHandshakes;
    private int _readingsAccepted;
    private int _refreshRequests;

    public int DeviceCodesIssued => Volatile.Read(ref _deviceCodesIssued);

    public int TlsHandshakes => Volatile.Read(ref _tlsHandshakes);

    public int ReadingsAccepted => Volatile.Read(ref _readingsAccepted);

    public int RefreshRequests => Volatile.Read(ref _refreshRequests);

    /// <summary>Token requests carrying the device code that was issued with this user code.</summary>
    public int TokenRequestsFor(string userCode)
    {
        return PollTimesFor(userCode).Count;
    }

    /// <summary>When each token request for this code arrived, measured from when the code was issued.</summary>
    public IReadOnlyList<TimeSpan> PollTimesFor(string userCode)
    {
        if (!_codesByUserCode.TryGetValue(userCode, out IssuedCode? code))
        {
            return [];
        }

        lock (code.Polls)
        {
            return code.Polls.ToArray();
        }
    }

    internal void DeviceCodeIssued(string deviceCode, string userCode)
    {
        var code = new IssuedCode(Stopwatch.GetTimestamp(), new List<TimeSpan>());
        _codesByOpaqueId[OpaqueId(deviceCode)] = code;
        _codesByUserCode[userCode] = code;
        Interlocked.Increment(ref _deviceCodesIssued);
    }

    /// <summary>Counts a poll and returns its 1-based number for this device code (0 for a code never issued).</summary>
    internal int TokenRequested(string deviceCode)
    {
        if (!_codesByOpaqueId.TryGetValue(OpaqueId(deviceCode), out IssuedCode? code))
        {
            return 0;
        }

        lock (code.Polls)
        {
            code.Polls.Add(Stopwatch.GetElapsedTime(code.IssuedAt));
            return code.Polls.Count;
        }
    }

    internal void TlsHandshake() => Interlocked.Increment(ref _tlsHandshakes);

    internal void ReadingAccepted() => Interlocked.Increment(ref _readingsAccepted);

    internal void RefreshRequested() => Interlocked.Increment(ref _refreshRequests);

    /// <summary>One-way: the id finds a code's counters, and nobody reading the counters learns the code.</summary>
    private static string OpaqueId(string deviceCode) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(deviceCode)));

    private sealed record IssuedCode(long IssuedAt, List<TimeSpan> Polls);
}
