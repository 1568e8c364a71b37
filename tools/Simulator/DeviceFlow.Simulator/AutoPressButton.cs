using DeviceFlow.Core.Ports;

namespace DeviceFlow.Simulator;

/// <summary>
/// --auto-approve's user also presses the button when the device waits for one (after a reset), a few times
/// at most; then the keyboard takes over, so a server that keeps refusing cannot make it spray codes.
/// </summary>
internal sealed class AutoPressButton : IButton
{
    private const int MaxPresses = 3;

    private readonly IButton _keyboard;
    private int _presses;

    public AutoPressButton(IButton keyboard)
    {
        _keyboard = keyboard;
    }

    public ButtonPress WaitForPress(int timeoutMilliseconds)
    {
        if (_presses >= MaxPresses)
        {
            return _keyboard.WaitForPress(timeoutMilliseconds);
        }

        _presses++;
        return ButtonPress.Short;
    }
}
