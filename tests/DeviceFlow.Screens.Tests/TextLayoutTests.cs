using System;
using System.Text;
using DeviceFlow.Core.Display;

namespace DeviceFlow.Screens.Tests;

public class TextLayoutTests
{
    [Theory]
    [InlineData("https://www.google.com/device", 15, "https://www|.google.com|/device")]
    [InlineData("https://example.com/device?user_code=WDJB-MJHT", 15, "https://example|.com/device|?user_code=WDJB|-MJHT")]
    [InlineData("https://microsoft.com/devicelogin", 21, "https://microsoft.com|/devicelogin")]
    [InlineData("Press the button to link this device", 21, "Press the button to|link this device")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 10, "ABCDEFGHIJ|KLMNOPQRST|UVWXYZ")]
    [InlineData("", 10, "")]
    public void Wraps_urls_before_separators_and_text_at_spaces_in_the_second_half(string text, int width, string expected)
    {
        Assert.Equal(expected, Lines(text, width));
    }

    [Fact]
    public void Wrapping_never_loses_a_character_and_never_exceeds_the_width()
    {
        var random = new Random(21);
        const string chars = "abc/?&=.-# XYZ019";
        for (int n = 0; n < 500; n++)
        {
            var text = new StringBuilder();
            int length = random.Next(0, 120);
            for (int i = 0; i < length; i++)
            {
                text.Append(chars[random.Next(chars.Length)]);
            }

            int width = random.Next(1, 22);
            int[] starts = new int[200], lengths = new int[200];
            int lines = TextLayout.Wrap(text.ToString(), width, starts, lengths);
            int covered = 0;
            for (int line = 0; line < lines; line++)
            {
                Assert.True(lengths[line] <= width);
                Assert.True(starts[line] >= covered);
                for (int gap = covered; gap < starts[line]; gap++)
                {
                    Assert.Equal(' ', text[gap]);
                }

                covered = starts[line] + lengths[line];
            }

            for (int rest = covered; rest < text.Length; rest++)
            {
                Assert.Equal(' ', text[rest]);
            }
        }
    }

    [Fact]
    public void Reports_lines_beyond_the_buffers_so_the_caller_can_show_the_cut()
    {
        int[] starts = new int[2], lengths = new int[2];
        Assert.Equal(4, TextLayout.Wrap("aaaaaaaaaaaaaaaaaaaa", 5, starts, lengths));
        Assert.Equal(5, starts[1]);
    }

    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(-3, "0:00")]
    [InlineData(59, "0:59")]
    [InlineData(61, "1:01")]
    [InlineData(1800, "30:00")]
    public void Countdown_is_minutes_and_seconds(int seconds, string expected)
    {
        Assert.Equal(expected, Countdown.Format(seconds));
    }

    private static string Lines(string text, int width)
    {
        int[] starts = new int[10], lengths = new int[10];
        int lines = TextLayout.Wrap(text, width, starts, lengths);
        var joined = new StringBuilder();
        for (int i = 0; i < lines; i++)
        {
            joined.Append(i == 0 ? string.Empty : "|").Append(text, starts[i], lengths[i]);
        }

        return joined.ToString();
    }
}
