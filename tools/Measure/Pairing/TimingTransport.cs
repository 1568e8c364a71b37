using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Measure.Pairing;

/// <summary>Times every exchange of the wrapped transport: the round trip the latency goal allows for.</summary>
public sealed class TimingTransport : IHttpTransport
{
    private readonly IHttpTransport _inner;
    private readonly List<double> _roundTripsMs = new();

    public TimingTransport(IHttpTransport inner) => _inner = inner;

    public double MedianRoundTripMs => _roundTripsMs.Count == 0 ? double.NaN : _roundTripsMs.Order().ElementAt(_roundTripsMs.Count / 2);

    public HttpResult Send(HttpRequest request)
    {
        long start = Stopwatch.GetTimestamp();
        HttpResult result = _inner.Send(request);
        _roundTripsMs.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        return result;
    }
}
