namespace DeviceFlow.Core.Display
{
    /// <summary>
    /// Draws wrapped text into a box of whole lines. When the text needs more lines than the box has, the last
    /// character cell becomes an inverted '>' so a cut is visible, never silent. Reuses its line buffers.
    /// </summary>
    public sealed class TextBlock
    {
        public const int MaxLines = 8;

        private readonly int[] _starts = new int[MaxLines];
        private readonly int[] _lengths = new int[MaxLines];

        /// <summary>How many lines the text needs at this width (may exceed <see cref="MaxLines"/>).</summary>
        public int LinesNeeded(string text, int charsPerLine)
        {
            return TextLayout.Wrap(text, charsPerLine, _starts, _lengths);
        }

        /// <summary>Draws at most maxLines lines from (x, y), one every lineHeight pixels; returns the lines drawn.</summary>
        public int Draw(Frame frame, Font font, string text, int x, int y, int charsPerLine, int maxLines, int lineHeight)
        {
            int capacity = maxLines < MaxLines ? maxLines : MaxLines;
            int needed = TextLayout.Wrap(text, charsPerLine, _starts, _lengths);
            int shown = needed < capacity ? needed : capacity;
            for (int line = 0; line < shown; line++)
            {
                font.Draw(frame, text, _starts[line], _lengths[line], x, y + line * lineHeight, true);
            }

            if (needed > shown && shown > 0)
            {
                int markerX = x + (charsPerLine - 1) * font.Advance;
                int markerY = y + (shown - 1) * lineHeight;
                frame.FillRect(markerX, markerY, font.Advance, font.GlyphHeight, true);
                font.DrawChar(frame, '>', markerX, markerY, false);
            }

            return shown;
        }

        /// <summary>Draws text centred on each line across the panel.</summary>
        public int DrawCentered(Frame frame, Font font, string text, int y, int maxLines, int lineHeight)
        {
            int charsPerLine = font.CharsIn(Frame.Width);
            int capacity = maxLines < MaxLines ? maxLines : MaxLines;
            int needed = TextLayout.Wrap(text, charsPerLine, _starts, _lengths);
            if (needed > capacity)
            {
                return Draw(frame, font, text, 0, y, charsPerLine, capacity, lineHeight);
            }

            for (int line = 0; line < needed; line++)
            {
                int x = (Frame.Width - font.Width(_lengths[line])) / 2;
                font.Draw(frame, text, _starts[line], _lengths[line], x, y + line * lineHeight, true);
            }

            return needed;
        }
    }
}
