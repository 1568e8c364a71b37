using DeviceFlow.Core.Ports;

namespace DeviceFlow.Simulator;

/// <summary>
/// --auto-approve's user also presses the button when the device waits for one to pair (after a reset), a few
/// times at most; then the keyboard takes over, so a server that keeps refusing cannot make it spray codes. The
/// sensor loop's timed listening between readings is left to the keyboard: a press there is the maker's choice.
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
        if (timeoutMilliseconds >= 0 || _presses >= MaxPresses)
        {
            return _keyboard.WaitForPress(timeoutMilliseconds);
        }

        _presses++;
        return ButtonPress.Short;
    }
}
