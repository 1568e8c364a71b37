namespace DeviceFlow.Core.Display
{
    /// <summary>
    /// Lays out one symbol (ISO/IEC 18004 §7.7–7.9): finder, timing and alignment patterns, the codewords in the
    /// two-column zigzag, the mask, and the format and version information. Modules are 1 (dark) or 0 (light).
    /// </summary>
    internal sealed class QrMatrix
    {
        private readonly int _version;
        private readonly QrErrorCorrection _level;
        private readonly bool[] _isFunction;

        public QrMatrix(int version, QrErrorCorrection level)
        {
            _version = version;
            _level = level;
            Size = QrTables.Size(version);
            Modules = new byte[Size * Size];
            _isFunction = new bool[Size * Size];
            DrawFunctionPatterns();
        }

        public int Size { get; }

        public byte[] Modules { get; }

        public void PlaceCodewords(byte[] codewords)
        {
            int bit = 0;
            int totalBits = codewords.Length * 8;
            for (int right = Size - 1; right >= 1; right -= 2)
            {
                if (right == 6)
                {
                    right = 5;
                }

                bool upward = ((right + 1) & 2) == 0;
                for (int step = 0; step < Size; step++)
                {
                    int y = upward ? Size - 1 - step : step;
                    for (int j = 0; j < 2; j++)
                    {
                        int index = y * Size + right - j;
                        if (!_isFunction[index] && bit < totalBits)
                        {
                            Modules[index] = (byte)((codewords[bit >> 3] >> (7 - (bit & 7))) & 1);
                            bit++;
                        }
                    }
                }
            }
        }

        /// <summary>XORs the data modules with a mask pattern (§7.8.2 Table 10); applying it twice undoes it.</summary>
        public void ApplyMask(int mask)
        {
            for (int y = 0; y < Size; y++)
            {
                for (int x = 0; x < Size; x++)
                {
                    int index = y * Size + x;
                    if (!_isFunction[index] && MaskHits(mask, y, x))
                    {
                        Modules[index] ^= 1;
                    }
                }
            }
        }

        /// <summary>15 format bits: level and mask, BCH(15,5) protected, XORed with 101010000010010 (§7.9.1).</summary>
        public void DrawFormat(int mask)
        {
            int data = ((_level == QrErrorCorrection.Low ? 1 : 0) << 3) | mask;
            int remainder = data;
            for (int i = 0; i < 10; i++)
            {
                remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537);
            }

            int bits = ((data << 10) | remainder) ^ 0x5412;
            for (int i = 0; i <= 5; i++)
            {
                Set(8, i, Bit(bits, i));
            }

            Set(8, 7, Bit(bits, 6));
            Set(8, 8, Bit(bits, 7));
            Set(7, 8, Bit(bits, 8));
            for (int i = 9; i < 15; i++)
            {
                Set(14 - i, 8, Bit(bits, i));
            }

            for (int i = 0; i < 8; i++)
            {
                Set(Size - 1 - i, 8, Bit(bits, i));
            }

            for (int i = 8; i < 15; i++)
            {
                Set(8, Size - 15 + i, Bit(bits, i));
            }

            Set(8, Size - 8, true);
        }

        private static bool MaskHits(int mask, int row, int col)
        {
            switch (mask)
            {
                case 0:
                    return (row + col) % 2 == 0;
                case 1:
                    return row % 2 == 0;
                case 2:
                    return col % 3 == 0;
                case 3:
                    return (row + col) % 3 == 0;
                case 4:
                    return (row / 2 + col / 3) % 2 == 0;
                case 5:
                    return (row * col) % 2 + (row * col) % 3 == 0;
                case 6:
                    return ((row * col) % 2 + (row * col) % 3) % 2 == 0;
                default:
                    return ((row + col) % 2 + (row * col) % 3) % 2 == 0;
            }
        }

        private static bool Bit(int value, int index)
        {
            return ((value >> index) & 1) != 0;
        }

        private void DrawFunctionPatterns()
        {
            for (int i = 0; i < Size; i++)
            {
                Set(6, i, i % 2 == 0);
                Set(i, 6, i % 2 == 0);
            }

            DrawFinder(3, 3);
            DrawFinder(Size - 4, 3);
            DrawFinder(3, Size - 4);

            int[] centres = QrTables.Alignment(_version);
            int last = centres.Length - 1;
            for (int a = 0; a < centres.Length; a++)
            {
                for (int b = 0; b < centres.Length; b++)
                {
                    bool onFinder = (a == 0 && b == 0) || (a == 0 && b == last) || (a == last && b == 0);
                    if (!onFinder)
                    {
                        DrawAlignment(centres[a], centres[b]);
                    }
                }
            }

            DrawFormat(0);
            DrawVersion();
        }

        /// <summary>7×7 finder plus its light separator, clipped at the symbol's edge.</summary>
        private void DrawFinder(int cx, int cy)
        {
            for (int dy = -4; dy <= 4; dy++)
            {
                for (int dx = -4; dx <= 4; dx++)
                {
                    int x = cx + dx;
                    int y = cy + dy;
                    if (x >= 0 && x < Size && y >= 0 && y < Size)
                    {
                        int ring = Chebyshev(dx, dy);
                        Set(x, y, ring != 2 && ring != 4);
                    }
                }
            }
        }

        private void DrawAlignment(int cx, int cy)
        {
            for (int dy = -2; dy <= 2; dy++)
            {
                for (int dx = -2; dx <= 2; dx++)
                {
                    Set(cx + dx, cy + dy, Chebyshev(dx, dy) != 1);
                }
            }
        }

        /// <summary>Versions 7 and up carry their number, BCH(18,6) protected, in two 6×3 blocks (§7.10).</summary>
        private void DrawVersion()
        {
            if (_version < 7)
            {
                return;
            }

            int remainder = _version;
            for (int i = 0; i < 12; i++)
            {
                remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25);
            }

            int bits = (_version << 12) | remainder;
            for (int i = 0; i < 18; i++)
            {
                int a = Size - 11 + i % 3;
                int b = i / 3;
                Set(a, b, Bit(bits, i));
                Set(b, a, Bit(bits, i));
            }
        }

        private static int Chebyshev(int dx, int dy)
        {
            int ax = dx < 0 ? -dx : dx;
            int ay = dy < 0 ? -dy : dy;
            return ax > ay ? ax : ay;
        }

        private void Set(int x, int y, bool dark)
        {
            int index = y * Size + x;
            Modules[index] = (byte)(dark ? 1 : 0);
            _isFunction[index] = true;
        }
    }
}
