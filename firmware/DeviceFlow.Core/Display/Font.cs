namespace DeviceFlow.Core.Display
{
    /// <summary>
    /// A monospaced bitmap font over a contiguous character range. A character outside the range is drawn as a
    /// hollow box, so a surprise character is visible on the panel instead of vanishing or throwing.
    /// </summary>
    public sealed class Font
    {
        // nanoCLR runs every static initialiser before Main, ordered by type name, not on first use as the desktop CLR
        // does (nf-interpreter Execution.cpp SpawnStaticConstructor): one that read SmallFontTable's static array here
        // ran first and kept null. The tables therefore hold no static state: consts (inlined by the compiler) and a
        // method that copies the glyph bytes out of the assembly image (nanoCLR's native InitializeArray), which
        // works whichever initialiser runs first. tests/DeviceFlow.Device.Tests/StaticInit checks every device assembly.

        /// <summary>The 5×8 text font (6 px per character: 21 characters across the panel).</summary>
        public static readonly Font Small = new Font(SmallFontTable.Glyphs(), SmallFontTable.GlyphWidth, SmallFontTable.GlyphHeight, SmallFontTable.CapHeight, SmallFontTable.Advance, SmallFontTable.FirstChar, SmallFontTable.LastChar);

        /// <summary>The 7×16 bold user-code font (capitals 14 pixels high): space, punctuation, digits and A–Z (8 px per character: 16 across).</summary>
        public static readonly Font Large = new Font(LargeFontTable.Glyphs(), LargeFontTable.GlyphWidth, LargeFontTable.GlyphHeight, LargeFontTable.CapHeight, LargeFontTable.Advance, LargeFontTable.FirstChar, LargeFontTable.LastChar);

        private readonly byte[] _glyphs;
        private readonly int _bytesPerGlyph;

        private Font(byte[] glyphs, int glyphWidth, int glyphHeight, int capHeight, int advance, char firstChar, char lastChar)
        {
            _glyphs = glyphs;
            GlyphWidth = glyphWidth;
            GlyphHeight = glyphHeight;
            CapHeight = capHeight;
            Advance = advance;
            FirstChar = firstChar;
            LastChar = lastChar;
            _bytesPerGlyph = glyphWidth * ((glyphHeight + 7) / 8);
        }

        public int GlyphWidth { get; }

        /// <summary>Height of the capitals; the rows below are for descenders.</summary>
        public int CapHeight { get; }

        public int GlyphHeight { get; }

        /// <summary>Pixels from one character's left edge to the next.</summary>
        public int Advance { get; }

        public char FirstChar { get; }

        public char LastChar { get; }

        public bool Has(char c)
        {
            return c >= FirstChar && c <= LastChar;
        }

        /// <summary>True when every character of the text has a glyph.</summary>
        public bool HasAll(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (!Has(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Width in pixels of <paramref name="length"/> characters, without the gap after the last one.</summary>
        public int Width(int length)
        {
            return length <= 0 ? 0 : length * Advance - (Advance - GlyphWidth);
        }

        /// <summary>How many characters fit in <paramref name="pixels"/>.</summary>
        public int CharsIn(int pixels)
        {
            return (pixels + Advance - GlyphWidth) / Advance;
        }

        public void DrawChar(Frame frame, char c, int x, int y, bool on)
        {
            if (Has(c))
            {
                frame.Blit(_glyphs, (c - FirstChar) * _bytesPerGlyph, GlyphWidth, GlyphHeight, x, y, on);
                return;
            }

            frame.DrawRect(x, y, GlyphWidth, CapHeight, on);
        }

        /// <summary>Draws text[start..start+length) from (x, y); returns the x after the last character.</summary>
        public int Draw(Frame frame, string text, int start, int length, int x, int y, bool on)
        {
            for (int i = start; i < start + length; i++)
            {
                DrawChar(frame, text[i], x, y, on);
                x += Advance;
            }

            return x;
        }

        public int Draw(Frame frame, string text, int x, int y)
        {
            return Draw(frame, text, 0, text.Length, x, y, true);
        }

        /// <summary>Draws one line centred in the panel's width (left-aligned when it is wider than the panel).</summary>
        public void DrawCentered(Frame frame, string text, int y)
        {
            int x = (Frame.Width - Width(text.Length)) / 2;
            Draw(frame, text, 0, text.Length, x < 0 ? 0 : x, y, true);
        }
    }
}
