using DeviceFlow.Core.Display;

namespace DeviceFlow.Core.Device
{
    /// <summary>
    /// A title and a message word-wrapped in the small font: what the OLED shows when the board cannot start
    /// (config.json missing or wrong), before any other screen can be drawn.
    /// </summary>
    public static class TextScreen
    {
        private const int LineHeight = 10;

        public static Frame Render(string title, string message)
        {
            Frame frame = new Frame();
            Font font = Font.Small;
            font.DrawCentered(frame, title, 0);
            frame.HorizontalLine(0, LineHeight, Frame.Width, true);
            int columns = font.CharsIn(Frame.Width);
            int y = LineHeight + 3;
            int start = 0;
            while (start < message.Length && y + font.GlyphHeight <= Frame.Height)
            {
                int length = LineLength(message, start, columns);
                font.Draw(frame, message, start, length, 0, y, true);
                start += length;
                while (start < message.Length && message[start] == ' ')
                {
                    start++;
                }

                y += LineHeight;
            }

            return frame;
        }

        /// <summary>Characters of the next line: up to the last space that fits, or a hard cut for a long word.</summary>
        public static int LineLength(string text, int start, int columns)
        {
            if (text.Length - start <= columns)
            {
                return text.Length - start;
            }

            for (int i = start + columns; i > start; i--)
            {
                if (text[i] == ' ')
                {
                    return i - start;
                }
            }

            return columns;
        }
    }
}
