using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Tokens;

namespace DeviceFlow.Host;

/// <summary>What a sensor reading met at the API.</summary>
public enum ReadingOutcome
{
    Accepted,

    /// <summary>No usable token, or the API refused a freshly refreshed one: the device must pair again.</summary>
    NeedsPairing,

    /// <summary>The API or the network failed; the reading can be sent later.</summary>
    Failed,
}

/// <summary>
/// The firmware's Program.cs on the host: the core's <see cref="DeviceLifecycle"/> (boot policy, pairing,
/// token store, refresh, factory reset) wired to host adapters, plus the sensor's one job — posting readings
/// with the access token, refreshing once when the API answers 401 (RFC 6750 §3.1).
/// </summary>
public sealed class SensorDevice
{
    private readonly IHttpTransport _transport;

    public SensorDevice(ClientConfig config, IHttpTransport transport, IStorage flash, IClock clock, IWaiter waiter, IButton button, ILog log, IPairingObserver pairingScreen, ILifecycleObserver statusScreen, LifecycleSettings settings)
    {
        _transport = transport;
        var protocol = new DeviceFlowProtocol(config, transport, new SystemTextJsonParser());
        var pairing = new PairingRunner(protocol, clock, waiter, log, pairingScreen);
        Lifecycle = new DeviceLifecycle(config, protocol, pairing, flash, clock, waiter, button, new SystemRandomSource(), log, statusScreen, settings);
    }

    public DeviceLifecycle Lifecycle { get; }

    /// <summary>Power-on: the boot policy, then (if unpaired) button presses until the device holds tokens.</summary>
    public LifecyclePhase Boot()
    {
        LifecyclePhase booted = Lifecycle.Start();
        Lifecycle.EnsurePaired();
        return booted;
    }

    /// <summary>POSTs one reading with the bearer token; a 401 gets one refresh and one retry.</summary>
    public ReadingOutcome PostReading(string url, string json)
    {
        AccessTokenResult token = Lifecycle.Tokens.Get();
        if (token.Status != AccessTokenStatus.Ok)
        {
            return token.Status == AccessTokenStatus.Unavailable ? ReadingOutcome.Failed : ReadingOutcome.NeedsPairing;
        }

        HttpResult result = Send(url, json, token);
        if (result.Outcome == TransportOutcome.Completed && result.StatusCode == 401)
        {
            token = Lifecycle.Tokens.ReportUnauthorized(token.AccessToken);
            if (token.Status != AccessTokenStatus.Ok)
            {
                return token.Status == AccessTokenStatus.Unavailable ? ReadingOutcome.Failed : ReadingOutcome.NeedsPairing;
            }

            result = Send(url, json, token);
        }

        return result.Outcome == TransportOutcome.Completed && result.StatusCode / 100 == 2 ? ReadingOutcome.Accepted : ReadingOutcome.Failed;
    }

    private HttpResult Send(string url, string json, AccessTokenResult token)
    {
        return _transport.Send(new HttpRequest("POST", url, "application/json", json, token.AuthorizationHeader, 1024));
    }
}
