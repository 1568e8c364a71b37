using DeviceFlow.Core.Readings;

namespace DeviceFlow.Core.Ports
{
    /// <summary>The board's sensor: what it measures now goes into the reading the core posts.</summary>
    public interface IReadingSource
    {
        /// <summary>Adds this moment's values to <paramref name="reading"/>; a sensor that failed adds nothing.</summary>
        void Measure(Reading reading);
    }
}
