using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Host;

/// <summary>
/// The board's button on a PC. Keys (a terminal) or lines (standard input from a pipe) are read on a thread of
/// their own, so a press counts at any moment, also while the firmware is busy, and reaches it at its next look
/// at the button: Enter or p is a short press, r a long press (factory reset).
/// </summary>
public sealed class KeyboardButton : IButton
{
    private readonly BlockingCollection<ButtonPress> _presses = new();
    private readonly CancellationToken _stop;

    /// <param name="stop">Ends a wait by throwing OperationCanceledException (Ctrl+C).</param>
    public KeyboardButton(CancellationToken stop = default)
    {
        _stop = stop;
    }

    /// <summary>Raised once when standard input ends: no button can be pressed from then on.</summary>
    public event Action? InputEnded;

    /// <summary>A press made before the firmware looks (the simulator's --reset, a test).</summary>
    public void Press(ButtonPress press) => _presses.Add(press);

    /// <summary>Reads single keys from the terminal, without echo.</summary>
    public void ListenToKeys()
    {
        StartReader(() =>
        {
            while (true)
            {
                Queue(Map(Console.ReadKey(intercept: true)));
            }
        });
    }

    /// <summary>Reads lines ("", "p" or "r") from a pipe, until it ends.</summary>
    public void ListenToLines(TextReader input)
    {
        StartReader(() =>
        {
            while (input.ReadLine() is { } line)
            {
                Queue(Map(line));
            }

            InputEnded?.Invoke();
        });
    }

    public ButtonPress WaitForPress(int timeoutMilliseconds)
    {
        try
        {
            return _presses.TryTake(out ButtonPress press, timeoutMilliseconds, _stop) ? press : ButtonPress.None;
        }
        catch (OperationCanceledException)
        {
            throw new OperationCanceledException(_stop);
        }
    }

    public static ButtonPress Map(ConsoleKeyInfo key)
    {
        return key.Key == ConsoleKey.Enter || key.KeyChar == 'p' ? ButtonPress.Short
            : key.KeyChar == 'r' ? ButtonPress.Long
            : ButtonPress.None;
    }

    public static ButtonPress Map(string line)
    {
        return line.Trim().ToLowerInvariant() switch
        {
            "" or "p" => ButtonPress.Short,
            "r" => ButtonPress.Long,
            _ => ButtonPress.None,
        };
    }

    private void Queue(ButtonPress press)
    {
        if (press != ButtonPress.None)
        {
            _presses.Add(press);
        }
    }

    private static void StartReader(Action read)
    {
        // A background thread: a read blocked on the terminal must not keep the process alive after the run.
        new Thread(() => read()) { IsBackground = true, Name = "button" }.Start();
    }
}
