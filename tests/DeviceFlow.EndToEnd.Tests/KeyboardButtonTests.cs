using System.IO;
using System.Threading;
using DeviceFlow.Core.Ports;
using DeviceFlow.Host;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>The simulator's button: presses at any moment, from keys or from piped lines, and an honest "no button".</summary>
public sealed class KeyboardButtonTests
{
    [Fact]
    public void Lines_piped_in_while_the_firmware_is_busy_are_the_presses_it_gets_next_in_order()
    {
        var button = new KeyboardButton();
        using var ended = new ManualResetEventSlim();
        button.InputEnded += ended.Set;

        button.ListenToLines(new StringReader("p\nr\nhello\n\n"));
        Assert.True(ended.Wait(5000));

        Assert.Equal(ButtonPress.Short, button.WaitForPress(0));
        Assert.Equal(ButtonPress.Long, button.WaitForPress(0));
        Assert.Equal(ButtonPress.Short, button.WaitForPress(0));
        Assert.Equal(ButtonPress.None, button.WaitForPress(0));
    }

    [Fact]
    public void Keys_map_like_the_board_button_enter_or_p_short_r_long_anything_else_nothing()
    {
        Assert.Equal(ButtonPress.Short, KeyboardButton.Map(new System.ConsoleKeyInfo('\r', System.ConsoleKey.Enter, false, false, false)));
        Assert.Equal(ButtonPress.Short, KeyboardButton.Map(new System.ConsoleKeyInfo('p', System.ConsoleKey.P, false, false, false)));
        Assert.Equal(ButtonPress.Long, KeyboardButton.Map(new System.ConsoleKeyInfo('r', System.ConsoleKey.R, false, false, false)));
        Assert.Equal(ButtonPress.None, KeyboardButton.Map(new System.ConsoleKeyInfo(' ', System.ConsoleKey.Spacebar, false, false, false)));
    }

    [Fact]
    public void A_stop_ends_a_wait_for_a_press_that_would_never_come()
    {
        using var stop = new CancellationTokenSource();
        var button = new KeyboardButton(stop.Token);
        stop.Cancel();

        Assert.Throws<System.OperationCanceledException>(() => button.WaitForPress(-1));
    }
}
