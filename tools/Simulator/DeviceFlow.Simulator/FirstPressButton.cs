using DeviceFlow.Core.Ports;

namespace DeviceFlow.Simulator;

/// <summary>
/// The simulator presses the button once for the user on a first boot, so the code shows without a key
/// press; after that the keyboard is the button (Enter starts pairing again after a denial or expiry).
/// </summary>
internal sealed class FirstPressButton : IButton
{
    private readonly IButton _keyboard;
    private bool _pressed;

    public FirstPressButton(IButton keyboard)
    {
        _keyboard = keyboard;
    }

    public ButtonPress WaitForPress(int timeoutMilliseconds)
    {
        if (_pressed)
        {
            return _keyboard.WaitForPress(timeoutMilliseconds);
        }

        _pressed = true;
        return ButtonPress.Short;
    }
}
