using DeviceFlow.Core.Display;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using Spectre.Console;

namespace DeviceFlow.Simulator;

/// <summary>
/// Everything the device shows, on this PC: the core's <see cref="DeviceScreen"/> draws each state into the
/// OLED frame, and whenever the state means something new the terminal gets a line of text and the panel itself.
/// </summary>
internal sealed class SimulatorScreen : IPairingObserver, ILifecycleObserver
{
    private readonly OledTerminal _oled;
    private readonly DeviceScreen _screen;
    private readonly PairingText _pairingText;
    private readonly StatusText _statusText;

    public SimulatorScreen(OledTerminal oled, IAnsiConsole console)
    {
        _pairingText = new PairingText(console);
        _statusText = new StatusText(console);
        _oled = oled;
        _screen = new DeviceScreen(oled);
    }

    /// <summary>True once a pairing started: the tokens did not come from flash.</summary>
    public bool SawPairing { get; private set; }

    public void Changed(PairingState state, long nowMs)
    {
        _screen.Changed(state, nowMs);
        if (_pairingText.Describe(state, nowMs))
        {
            _oled.Print();
        }
    }

    /// <summary>The application is done confirming: blank and switch off the panel (RFC 8628 §5.5).</summary>
    public void ShowPairedIdle()
    {
        _screen.ShowPairedIdle();
        _oled.Print();
    }

    public void Changed(LifecycleStatus status)
    {
        SawPairing |= status.Phase == LifecyclePhase.Pairing;
        _screen.Changed(status);
        if (_statusText.Describe(status))
        {
            _oled.Print();
        }
    }
}
