using System.Collections.Generic;
using System.Text;
using DeviceFlow.Core.Display;

namespace DeviceFlow.Screens.Tests;

/// <summary>
/// Reads text back off a frame by matching each character cell against every glyph of the font, drawn afresh.
/// This proves what the panel shows, pixel for pixel, without trusting the layout code that drew it.
/// </summary>
internal static class FrameText
{
    public const char Unreadable = '\u0000';

    private static readonly Dictionary<Font, Frame[]> Glyphs = new();

    public static string Read(Frame frame, Font font, int x, int y, int count)
    {
        var text = new StringBuilder(count);
        for (int i = 0; i < count; i++)
        {
            text.Append(ReadChar(frame, font, x + i * font.Advance, y));
        }

        return text.ToString();
    }

    /// <summary>The line at (x, y) up to the first cell that is no character (the QR, the panel edge), without trailing spaces.</summary>
    public static string ReadLine(Frame frame, Font font, int x, int y)
    {
        string cells = Read(frame, font, x, y, font.CharsIn(Frame.Width - x));
        int end = cells.IndexOf(Unreadable);
        return (end < 0 ? cells : cells.Substring(0, end)).TrimEnd(' ');
    }

    public static char ReadChar(Frame frame, Font font, int x, int y)
    {
        Frame[] glyphs = GlyphsOf(font);
        for (char c = font.FirstChar; c <= font.LastChar; c++)
        {
            if (Matches(frame, glyphs[c - font.FirstChar], font, x, y))
            {
                return c;
            }
        }

        return Unreadable;
    }

    private static Frame[] GlyphsOf(Font font)
    {
        lock (Glyphs)
        {
            if (!Glyphs.TryGetValue(font, out Frame[]? glyphs))
            {
                glyphs = new Frame[font.LastChar - font.FirstChar + 1];
                for (char c = font.FirstChar; c <= font.LastChar; c++)
                {
                    glyphs[c - font.FirstChar] = new Frame();
                    font.DrawChar(glyphs[c - font.FirstChar], c, 0, 0, true);
                }

                Glyphs[font] = glyphs;
            }

            return glyphs;
        }
    }

    private static bool Matches(Frame frame, Frame glyph, Font font, int x, int y)
    {
        for (int dy = 0; dy < font.GlyphHeight; dy++)
        {
            for (int dx = 0; dx < font.GlyphWidth; dx++)
            {
                if (frame.GetPixel(x + dx, y + dy) != glyph.GetPixel(dx, dy))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
