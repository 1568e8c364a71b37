using System;
using System.Collections.Generic;
using System.Linq;

namespace DeviceFlow.Measure.Fleet;

/// <summary>Requests arriving at the provider, counted per whole second of virtual time.</summary>
public sealed class RateHistogram
{
    private readonly Dictionary<long, int> _perSecond = new();

    public int Total { get; private set; }

    public void Add(long arrivalMs)
    {
        long second = Math.DivRem(arrivalMs, 1000, out long rest) - (rest < 0 ? 1 : 0);
        _perSecond[second] = _perSecond.GetValueOrDefault(second) + 1;
        Total++;
    }

    /// <summary>The busiest second's count.</summary>
    public int PeakPerSecond => _perSecond.Count == 0 ? 0 : _perSecond.Values.Max();

    /// <summary>Seconds from the first request's second to the last one's, both included.</summary>
    public long BusySeconds => _perSecond.Count == 0 ? 0 : _perSecond.Keys.Max() - _perSecond.Keys.Min() + 1;

    /// <summary>Requests per second averaged over the busy seconds.</summary>
    public double MeanPerSecond => BusySeconds == 0 ? 0 : (double)Total / BusySeconds;
}
