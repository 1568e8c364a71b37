using System;
using System.Collections.Generic;
using System.Net;

namespace DeviceFlow.DevServer;

/// <summary>
/// RFC 8628 §5.1: user codes are short, so their entry must be rate-limited. After <see cref="MaxFailures"/> wrong
/// or expired codes from one address within <see cref="Window"/>, every code from it is answered 429 unchecked
/// (right or wrong alike, so the answer tells a guesser nothing) until the oldest failure leaves the window.
/// Timed by the server's TimeProvider, so tests move a fake clock instead of waiting.
/// </summary>
public sealed class UserCodeThrottle
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly TimeProvider _time;
    private readonly Dictionary<string, Queue<DateTimeOffset>> _failures = new();

    public UserCodeThrottle(TimeProvider time)
    {
        _time = time;
    }

    /// <summary>How long <paramref name="address"/> must wait before entering another code, or null when it may now.</summary>
    public TimeSpan? Wait(IPAddress? address)
    {
        lock (_failures)
        {
            Queue<DateTimeOffset>? recent = Recent(address);
            if (recent is null || recent.Count < MaxFailures)
            {
                return null;
            }

            return recent.Peek() + Window - _time.GetUtcNow();
        }
    }

    public void Failed(IPAddress? address)
    {
        lock (_failures)
        {
            string key = Key(address);
            if (!_failures.TryGetValue(key, out Queue<DateTimeOffset>? recent))
            {
                recent = new Queue<DateTimeOffset>();
                _failures[key] = recent;
            }

            recent.Enqueue(_time.GetUtcNow());
        }
    }

    private Queue<DateTimeOffset>? Recent(IPAddress? address)
    {
        if (!_failures.TryGetValue(Key(address), out Queue<DateTimeOffset>? recent))
        {
            return null;
        }

        DateTimeOffset now = _time.GetUtcNow();
        while (recent.Count > 0 && recent.Peek() + Window <= now)
        {
            recent.Dequeue();
        }

        return recent;
    }

    private static string Key(IPAddress? address) => address?.ToString() ?? "unknown";
}
