namespace DeviceFlow.Core.Lifecycle
{
    /// <summary>Randomness for jitter; injected so tests can pin it and a fleet can be simulated.</summary>
    public interface IRandomSource
    {
        /// <summary>A uniformly distributed integer in [0, <paramref name="maxExclusive"/>).</summary>
        int Next(int maxExclusive);
    }
}
