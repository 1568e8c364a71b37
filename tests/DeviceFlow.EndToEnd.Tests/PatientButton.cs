using System.Collections.Generic;
using System.Threading;
using DeviceFlow.Core.Ports;
using DeviceFlow.Testing;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>
/// The button for a run in real time: scripted presses first; after them the user presses nothing, so a timed
/// wait really lasts its timeout (the firmware's clock is real here) and a wait without end means the test is over.
/// </summary>
public sealed class PatientButton : IButton
{
    private readonly Queue<ButtonPress> _presses;

    public PatientButton(params ButtonPress[] presses) => _presses = new Queue<ButtonPress>(presses);

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

        Thread.Sleep(timeoutMilliseconds);
        return ButtonPress.None;
    }
}
