using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Measure.Fleet;

/// <summary>
/// The fleet's devices log nothing, draw nothing and have nobody at the button: 10,000 of them would only fill
/// memory. (A device that needs pairing is driven through its PairingRunner directly, as a press would.)
/// </summary>
public sealed class Silent : ILog, IPairingObserver, ILifecycleObserver, IButton
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

    public void Changed(LifecycleStatus status)
    {
    }

    public ButtonPress WaitForPress(int timeoutMilliseconds) => ButtonPress.None;
}
