using System.Collections.Generic;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Testing;

/// <summary>
/// Scripted presses first; after them nobody presses: a timed wait passes on the given waiter (virtual time, or
/// real time where the firmware's clock is real) and returns None, and a wait without end means the test is over
/// (<see cref="NoMorePressesException"/>).
/// </summary>
public sealed class IdleButton : IButton
{
    private readonly IWaiter _waiter;
    private readonly Queue<ButtonPress> _presses;

    public IdleButton(IWaiter waiter, params ButtonPress[] presses)
    {
        _waiter = waiter;
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

        _waiter.Wait(timeoutMilliseconds);
        return ButtonPress.None;
    }
}
