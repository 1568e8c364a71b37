using System;
using System.Collections.Generic;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Measure.Fleet;

/// <summary>
/// The identity provider the fleet talks to, in virtual time: it counts every request when it arrives and
/// answers like an RFC 8628 server (pending until the user approves, then tokens; refresh always succeeds).
/// The simulation sets <see cref="NowMs"/> and <see cref="OneWayMs"/> before each device sends.
/// </summary>
public sealed class FleetProvider : IHttpTransport
{
    public const string DeviceAuthorizationUrl = "https://idp.example/device_authorization";
    public const string TokenUrl = "https://idp.example/token";
    private const string Json = "application/json";

    private readonly Dictionary<string, long> _approvedAtMs = new(StringComparer.Ordinal);

    /// <summary>Virtual time the current device sends its request.</summary>
    public long NowMs { get; set; }

    /// <summary>Half the current device's round trip: the request arrives this much after it was sent.</summary>
    public long OneWayMs { get; set; }

    /// <summary>The code the next device authorization request will get.</summary>
    public string NextDeviceCode { get; set; } = "dc";

    /// <summary>How long after the code is issued its user approves; set per device before it asks for a code.</summary>
    public long NextApprovalDelayMs { get; set; }

    public int IntervalSeconds { get; set; } = 5;

    public RateHistogram All { get; } = new();

    public RateHistogram DeviceAuthorizations { get; } = new();

    public RateHistogram Polls { get; } = new();

    public RateHistogram Refreshes { get; } = new();

    public HttpResult Send(HttpRequest request)
    {
        long arrivalMs = NowMs + OneWayMs;
        All.Add(arrivalMs);
        if (request.Url == DeviceAuthorizationUrl)
        {
            DeviceAuthorizations.Add(arrivalMs);
            _approvedAtMs[NextDeviceCode] = arrivalMs + NextApprovalDelayMs;
            return HttpResult.Completed(200, Json, "{\"device_code\":\"" + NextDeviceCode + "\",\"user_code\":\"WDJB-MJHT\",\"verification_uri\":\"https://idp.example/device\",\"expires_in\":900,\"interval\":" + IntervalSeconds + "}", HttpResult.NoRetryAfter);
        }

        string body = request.Body;
        if (body.Contains("grant_type=refresh_token", StringComparison.Ordinal))
        {
            Refreshes.Add(arrivalMs);
            return Tokens();
        }

        Polls.Add(arrivalMs);
        string deviceCode = DeviceCodeOf(body);
        return _approvedAtMs.TryGetValue(deviceCode, out long approvedAtMs) && arrivalMs >= approvedAtMs
            ? Tokens()
            : HttpResult.Completed(400, Json, "{\"error\":\"authorization_pending\"}", HttpResult.NoRetryAfter);
    }

    private static HttpResult Tokens()
        => HttpResult.Completed(200, Json, "{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"refresh_token\":\"rt\"}", HttpResult.NoRetryAfter);

    private static string DeviceCodeOf(string form)
    {
        foreach (string pair in form.Split('&'))
        {
            if (pair.StartsWith("device_code=", StringComparison.Ordinal))
            {
                return Uri.UnescapeDataString(pair.Substring("device_code=".Length));
            }
        }

        return string.Empty;
    }
}
