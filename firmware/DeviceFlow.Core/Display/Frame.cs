namespace DeviceFlow.Core.Display
{
    /// <summary>
    /// A 128×64 1-bit picture in SSD1306 page order, exactly what <see cref="Ports.IDisplay.Show"/> takes:
    /// 8 pages of 128 column bytes, least significant bit at the top. Drawing writes into the one buffer and
    /// allocates nothing, so a full redraw costs no garbage on the device.
    /// </summary>
    public sealed class Frame
    {
        public const int Width = 128;
        public const int Height = 64;
        public const int ByteCount = Width * Height / 8;

        private readonly byte[] _bytes = new byte[ByteCount];

        /// <summary>The buffer itself (not a copy): hand it to the display.</summary>
        public byte[] Bytes
        {
            get { return _bytes; }
        }

        public void Clear()
        {
            for (int i = 0; i < ByteCount; i++)
            {
                _bytes[i] = 0;
            }
        }

        /// <summary>Pixels outside the panel are ignored, so callers can draw partly off-screen safely.</summary>
        public void SetPixel(int x, int y, bool on)
        {
            if (x < 0 || x >= Width || y < 0 || y >= Height)
            {
                return;
            }

            int index = (y >> 3) * Width + x;
            byte bit = (byte)(1 << (y & 7));
            if (on)
            {
                _bytes[index] |= bit;
            }
            else
            {
                _bytes[index] &= (byte)~bit;
            }
        }

        public void FillRect(int x, int y, int width, int height, bool on)
        {
            for (int row = y; row < y + height; row++)
            {
                for (int col = x; col < x + width; col++)
                {
                    SetPixel(col, row, on);
                }
            }
        }

        public void DrawRect(int x, int y, int width, int height, bool on)
        {
            HorizontalLine(x, y, width, on);
            HorizontalLine(x, y + height - 1, width, on);
            VerticalLine(x, y, height, on);
            VerticalLine(x + width - 1, y, height, on);
        }

        public void HorizontalLine(int x, int y, int width, bool on)
        {
            FillRect(x, y, width, 1, on);
        }

        public void VerticalLine(int x, int y, int height, bool on)
        {
            FillRect(x, y, 1, height, on);
        }

        /// <summary>
        /// Copies a column-major bitmap (each column <c>(height + 7) / 8</c> bytes, LSB at the top, as the font
        /// tables store glyphs) with its top-left corner at (x, y). Only set bits are drawn; <paramref name="on"/>
        /// false draws them dark, for text on an inverted bar.
        /// </summary>
        public void Blit(byte[] bitmap, int offset, int width, int height, int x, int y, bool on)
        {
            int bytesPerColumn = (height + 7) / 8;
            for (int col = 0; col < width; col++)
            {
                int columnStart = offset + col * bytesPerColumn;
                for (int row = 0; row < height; row++)
                {
                    if ((bitmap[columnStart + (row >> 3)] & (1 << (row & 7))) != 0)
                    {
                        SetPixel(x + col, y + row, on);
                    }
                }
            }
        }
    }
}
