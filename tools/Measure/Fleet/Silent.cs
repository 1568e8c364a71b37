using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Measure.Fleet;

/// <summary>The fleet's devices log nothing and draw nothing: 10,000 of them would only fill memory.</summary>
public sealed class Silent : ILog, IPairingObserver
{
    public static readonly Silent Instance = new();

    public void Info(string message)
    {
    }

    public void Warn(string message)
    {
    }

    public void Changed(PairingState state, long nowMs)
    {
    }
}
