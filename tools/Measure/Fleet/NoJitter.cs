using DeviceFlow.Core.Lifecycle;

namespace DeviceFlow.Measure.Fleet;

/// <summary>A random source that always says 0: the firmware with its jitter switched off, as the baseline.</summary>
public sealed class NoJitter : IRandomSource
{
    public static readonly NoJitter Instance = new();

    public int Next(int maxExclusive) => 0;
}
