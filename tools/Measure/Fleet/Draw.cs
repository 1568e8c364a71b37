using System;

namespace DeviceFlow.Measure.Fleet;

/// <summary>Random times for the fleet model, from a seeded generator so every run prints the same figures.</summary>
public static class Draw
{
    public static long Uniform(Random random, long fromMs, long toMs) => toMs <= fromMs ? fromMs : fromMs + (long)(random.NextDouble() * (toMs - fromMs));

    /// <summary>Log-normal: most values near the median, a long tail of late ones (how people get round to a task).</summary>
    public static long LogNormal(Random random, double medianMs, double sigma)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        double normal = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        return (long)(medianMs * Math.Exp(sigma * normal));
    }
}
