using System;
using System.Diagnostics;
using System.Threading;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Host;

/// <summary>The board's button as the keyboard: Enter or p is a short press, r a long press (reset).</summary>
public sealed class ConsoleButton : IButton
{
    private const int PollMilliseconds = 50;

    public ButtonPress WaitForPress(int timeoutMilliseconds)
    {
        long start = Stopwatch.GetTimestamp();
        while (timeoutMilliseconds < 0 || Stopwatch.GetElapsedTime(start).TotalMilliseconds < timeoutMilliseconds)
        {
            if (!Console.IsInputRedirected && Console.KeyAvailable)
            {
                ButtonPress press = Map(Console.ReadKey(intercept: true));
                if (press != ButtonPress.None)
                {
                    return press;
                }
            }
            else
            {
                Thread.Sleep(PollMilliseconds);
            }
        }

        return ButtonPress.None;
    }

    public static ButtonPress Map(ConsoleKeyInfo key)
    {
        return key.Key == ConsoleKey.Enter || key.KeyChar == 'p' ? ButtonPress.Short
            : key.KeyChar == 'r' ? ButtonPress.Long
            : ButtonPress.None;
    }
}
