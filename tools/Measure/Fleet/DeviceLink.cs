using DeviceFlow.Core.Ports;

namespace DeviceFlow.Measure.Fleet;

/// <summary>A device's connection to the shared provider: stamps each request with the device's time and round trip.</summary>
public sealed class DeviceLink : IHttpTransport
{
    private readonly FleetProvider _provider;
    private readonly DeviceTime _time;
    private readonly long _roundTripMs;

    public DeviceLink(FleetProvider provider, DeviceTime time, long roundTripMs)
    {
        _provider = provider;
        _time = time;
        _roundTripMs = roundTripMs;
    }

    public HttpResult Send(HttpRequest request)
    {
        _provider.NowMs = _time.MonotonicMilliseconds;
        _provider.OneWayMs = _roundTripMs / 2;
        HttpResult result = _provider.Send(request);
        _time.Advance(_roundTripMs);
        return result;
    }
}
