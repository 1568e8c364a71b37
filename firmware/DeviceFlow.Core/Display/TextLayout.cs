namespace DeviceFlow.Core.Display
{
    /// <summary>
    /// Splits text into lines of at most N characters without allocating: the caller owns the start/length arrays.
    /// Lines break the way style guides break URLs (Chicago Manual of Style 14.18): after "//", before a single
    /// slash, dot, dash, underscore, ?, #, % or ~, before or after = and &amp;, or at a space; in the line's second
    /// half if it can, else in its first, else mid-word. Nothing is dropped but the space a line breaks at.
    /// </summary>
    public static class TextLayout
    {
        /// <summary>
        /// Fills starts/lengths with up to starts.Length lines and returns how many lines the whole text needs
        /// (more than starts.Length means it does not fit: the caller shows that it is cut).
        /// </summary>
        public static int Wrap(string text, int charsPerLine, int[] starts, int[] lengths)
        {
            int lines = 0;
            int start = 0;
            while (start < text.Length && charsPerLine > 0)
            {
                int end = BreakAt(text, start, charsPerLine);
                if (lines < starts.Length)
                {
                    starts[lines] = start;
                    lengths[lines] = end - start;
                }

                lines++;
                start = end < text.Length && text[end] == ' ' ? end + 1 : end;
            }

            return lines;
        }

        /// <summary>Where the line from start ends (exclusive).</summary>
        private static int BreakAt(string text, int start, int charsPerLine)
        {
            if (text.Length - start <= charsPerLine)
            {
                return text.Length;
            }

            for (int end = start + charsPerLine; end > start + charsPerLine / 2; end--)
            {
                if (CanBreakBetween(text, end))
                {
                    return end;
                }
            }

            // A narrow column (beside the QR: 10-12 characters) rather ends a line early at a break than splits a
            // word: "/login/devic" + "e" reads worse than "/login" + "/device".
            for (int end = start + charsPerLine / 2; end > start + 1; end--)
            {
                if (CanBreakBetween(text, end))
                {
                    return end;
                }
            }

            return start + charsPerLine;
        }

        /// <summary>True when a line may end just before text[index].</summary>
        private static bool CanBreakBetween(string text, int index)
        {
            char before = text[index - 1];
            char after = text[index];
            if (after == ' ' || (before == '/' && index >= 2 && text[index - 2] == '/'))
            {
                return true;
            }

            if (before == '=' || before == '&')
            {
                return true;
            }

            if (after == '/' && before == '/')
            {
                return false;
            }

            return after == '/' || after == '.' || after == '-' || after == '_' || after == '?' || after == '#' || after == '%' || after == '~' || after == '=' || after == '&';
        }
    }
}
