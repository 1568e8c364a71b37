using System.Collections.Generic;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Testing;

/// <summary>Presses from a script; an exhausted script means the user walked away (the test stops there).</summary>
public sealed class ScriptedButton : IButton
{
    private readonly Queue<ButtonPress> _presses;

    public ScriptedButton(params ButtonPress[] presses) => _presses = new Queue<ButtonPress>(presses);

    public int Waits { get; private set; }

    public ButtonPress WaitForPress(int timeoutMilliseconds)
    {
        Waits++;
        if (_presses.Count == 0)
        {
            throw new NoMorePressesException();
        }

        return _presses.Dequeue();
    }
}

public sealed class NoMorePressesException : System.Exception
{
    public NoMorePressesException()
        : base("the scripted user pressed nothing more")
    {
    }
}
