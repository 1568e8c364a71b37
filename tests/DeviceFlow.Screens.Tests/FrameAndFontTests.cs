using System;
using DeviceFlow.Core.Display;
using DeviceFlow.Host.Display;

namespace DeviceFlow.Screens.Tests;

public class FrameAndFontTests
{
    [Theory]
    [InlineData(0, 0, 0, 0x01)]
    [InlineData(127, 0, 127, 0x01)]
    [InlineData(5, 9, 128 + 5, 0x02)]
    [InlineData(0, 63, 7 * 128, 0x80)]
    public void Pixels_land_in_SSD1306_page_order(int x, int y, int index, int bit)
    {
        var frame = new Frame();
        frame.SetPixel(x, y, true);
        Assert.Equal(bit, frame.Bytes[index]);
        Assert.Equal(1, CountLit(frame));
        frame.SetPixel(x, y, false);
        Assert.Equal(0, CountLit(frame));
    }

    [Fact]
    public void Drawing_off_the_panel_is_clipped_not_thrown()
    {
        var frame = new Frame();
        frame.FillRect(-10, -10, 20, 20, true);
        frame.SetPixel(128, 64, true);
        Font.Large.Draw(frame, "WDJB-MJHT-WDJB-MJHT", 100, 60);
        Assert.Equal(100, CountLit(frame, 0, 0, 10, 10));
    }

    [Fact]
    public void Every_glyph_but_space_draws_something_and_no_two_glyphs_look_alike()
    {
        foreach (Font font in new[] { Font.Small, Font.Large })
        {
            var seen = new System.Collections.Generic.Dictionary<string, char>();
            for (char c = font.FirstChar; c <= font.LastChar; c++)
            {
                var frame = new Frame();
                font.DrawChar(frame, c, 0, 0, true);
                Assert.True(c == ' ' || CountLit(frame) > 0, $"'{c}' is blank");
                string key = Convert.ToHexString(frame.Bytes);
                Assert.False(seen.ContainsKey(key), $"'{c}' looks like '{(seen.TryGetValue(key, out char other) ? other : ' ')}'");
                seen[key] = c;
            }
        }
    }

    [Theory]
    [InlineData('é')]
    [InlineData('\u0001')]
    [InlineData('a')]
    public void A_character_without_a_glyph_is_a_visible_box_in_the_large_font(char c)
    {
        var frame = new Frame();
        Font.Large.DrawChar(frame, c, 0, 0, true);
        Assert.True(frame.GetPixel(0, 0) && frame.GetPixel(Font.Large.GlyphWidth - 1, Font.Large.CapHeight - 1));
        Assert.False(frame.GetPixel(3, 6));
    }

    [Fact]
    public void The_small_font_boxes_unknown_characters_too()
    {
        var frame = new Frame();
        Font.Small.Draw(frame, "ü€", 0, 0);
        Assert.True(frame.GetPixel(0, 0) && frame.GetPixel(Font.Small.Advance, 0));
        Assert.Equal(2 * (2 * Font.Small.GlyphWidth + 2 * (Font.Small.CapHeight - 2)), CountLit(frame));
    }

    [Fact]
    public void Terminal_rendering_uses_half_blocks_two_rows_per_line()
    {
        var frame = new Frame();
        frame.SetPixel(0, 0, true);
        frame.SetPixel(1, 1, true);
        frame.SetPixel(2, 0, true);
        frame.SetPixel(2, 1, true);
        string[] lines = FrameTerminal.Render(frame.Bytes).Split('\n');
        Assert.Equal(Frame.Height / 2 + 3, lines.Length);
        Assert.StartsWith("│▀▄█ ", lines[1]);
        Assert.Equal(Frame.Width + 2, lines[1].Length);
    }

    [Fact]
    public void Png_and_terminal_refuse_a_frame_of_the_wrong_size()
    {
        Assert.Throws<ArgumentException>(() => FrameTerminal.Render(new byte[100]));
        Assert.Throws<ArgumentException>(() => FramePng.Encode(new byte[1025], 2));
    }

    [Fact]
    public void Png_has_the_panel_size_times_the_scale()
    {
        var frame = new Frame();
        frame.SetPixel(0, 0, true);
        using SkiaSharp.SKBitmap bitmap = SkiaSharp.SKBitmap.Decode(FramePng.Encode(frame.Bytes, 2));
        Assert.Equal((Frame.Width + 2 * FramePng.Border) * 2, bitmap.Width);
        Assert.Equal(FramePng.Lit, bitmap.GetPixel(FramePng.Border * 2 + 1, FramePng.Border * 2 + 1));
        Assert.Equal(FramePng.Dark, bitmap.GetPixel(FramePng.Border * 2 + 2, FramePng.Border * 2));
    }

    private static int CountLit(Frame frame, int x0 = 0, int y0 = 0, int width = Frame.Width, int height = Frame.Height)
    {
        int lit = 0;
        for (int y = y0; y < y0 + height; y++)
        {
            for (int x = x0; x < x0 + width; x++)
            {
                lit += frame.GetPixel(x, y) ? 1 : 0;
            }
        }

        return lit;
    }
}
