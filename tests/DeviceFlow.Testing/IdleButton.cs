using System.Collections.Generic;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Testing;

/// <summary>
/// Scripted presses first; after them nobody presses: a timed wait passes in virtual time and returns None, and a
/// wait without end means the test is over (<see cref="NoMorePressesException"/>).
/// </summary>
public sealed class IdleButton : IButton
{
    private readonly VirtualTime _time;
    private readonly Queue<ButtonPress> _presses;

    public IdleButton(VirtualTime time, params ButtonPress[] presses)
    {
        _time = time;
        _presses = new Queue<ButtonPress>(presses);
    }

    public ButtonPress WaitForPress(int timeoutMilliseconds)
    {
        if (_presses.Count > 0)
        {
            return _presses.Dequeue();
        }

        if (timeoutMilliseconds < 0)
        {
            throw new NoMorePressesException();
        }

        _time.Wait(timeoutMilliseconds);
        return ButtonPress.None;
    }
}
