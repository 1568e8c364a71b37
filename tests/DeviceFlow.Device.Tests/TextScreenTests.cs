using DeviceFlow.Core.Device;
using DeviceFlow.Core.Display;

namespace DeviceFlow.Device.Tests;

public class TextScreenTests
{
    [Theory]
    [InlineData("short", 0, 21, 5)]
    [InlineData("oled.sda: must be a whole number from 0 to 39", 0, 21, 19)]
    [InlineData("oled.sda: must be a whole number from 0 to 39", 20, 21, 19)]
    [InlineData("abcdefghijklmnopqrstuvwxyz", 0, 21, 21)]
    public void Lines_break_at_the_last_space_that_fits(string text, int start, int columns, int expected)
    {
        Assert.Equal(expected, TextScreen.LineLength(text, start, columns));
    }

    [Fact]
    public void The_message_is_drawn_below_the_title_rule()
    {
        Frame frame = TextScreen.Render("config.json", "client_id: required");
        int below = 0;
        for (int y = 13; y < Frame.Height; y++)
        {
            for (int x = 0; x < Frame.Width; x++)
            {
                below += frame.GetPixel(x, y) ? 1 : 0;
            }
        }

        Assert.True(frame.GetPixel(0, 10) && frame.GetPixel(Frame.Width - 1, 10), "title rule");
        Assert.InRange(below, 20, 600);
    }

}
