using System;

namespace DeviceFlow.Core.Lifecycle
{
    /// <summary>The platform's System.Random (in nanoFramework's mscorlib too); good enough to spread a fleet.</summary>
    public sealed class SystemRandomSource : IRandomSource
    {
        private readonly Random _random;

        public SystemRandomSource()
        {
            _random = new Random();
        }

        public SystemRandomSource(int seed)
        {
            _random = new Random(seed);
        }

        public int Next(int maxExclusive)
        {
            return _random.Next(maxExclusive);
        }
    }
}
