using System.Collections.Concurrent;
using System.Threading;

namespace DeviceFlow.DevServer;

/// <summary>
/// Server-side facts the end-to-end tests assert: how many token requests each device code got (to prove no
/// early or extra polls), TLS handshakes, readings accepted. Keyed by user code, never by the device_code.
/// </summary>
public sealed class DevServerCounters
{
    private readonly ConcurrentDictionary<string, string> _userCodeByDeviceCode = new();
    private readonly ConcurrentDictionary<string, int> _pollsByUserCode = new();
    private int _tlsHandshakes;
    private int _readingsAccepted;
    private int _refreshRequests;

    public int TlsHandshakes => Volatile.Read(ref _tlsHandshakes);

    public int ReadingsAccepted => Volatile.Read(ref _readingsAccepted);

    public int RefreshRequests => Volatile.Read(ref _refreshRequests);

    /// <summary>Token requests carrying the device code that was issued with this user code.</summary>
    public int TokenRequestsFor(string userCode)
    {
        return _pollsByUserCode.TryGetValue(userCode, out int count) ? count : 0;
    }

    internal void DeviceCodeIssued(string deviceCode, string userCode)
    {
        _userCodeByDeviceCode[deviceCode] = userCode;
    }

    /// <summary>Counts a poll and returns its 1-based number for this device code (0 for a code never issued).</summary>
    internal int TokenRequested(string deviceCode)
    {
        if (!_userCodeByDeviceCode.TryGetValue(deviceCode, out string? userCode))
        {
            return 0;
        }

        return _pollsByUserCode.AddOrUpdate(userCode, 1, (_, count) => count + 1);
    }

    internal void TlsHandshake() => Interlocked.Increment(ref _tlsHandshakes);

    internal void ReadingAccepted() => Interlocked.Increment(ref _readingsAccepted);

    internal void RefreshRequested() => Interlocked.Increment(ref _refreshRequests);
}
