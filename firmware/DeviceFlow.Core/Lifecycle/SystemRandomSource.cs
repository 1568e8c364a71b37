using System;

namespace DeviceFlow.Core.Lifecycle
{
    /// <summary>
    /// The platform's System.Random (in nanoFramework's mscorlib too). On an ESP32 nanoCLR draws it from the hardware
    /// RNG (nf-interpreter's ESP32 CLR_RT_Random::Next returns esp_random() and ignores any seed), so boards that
    /// power up together still pick different jitters; a seed only makes host runs repeatable.
    /// </summary>
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
