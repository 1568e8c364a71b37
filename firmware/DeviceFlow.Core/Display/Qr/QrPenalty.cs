namespace DeviceFlow.Core.Display
{
    /// <summary>
    /// The mask evaluation score of ISO/IEC 18004 §7.8.3 (Table 11): lower is easier to scan. Rule 3 needs its four
    /// light modules inside the symbol, as ZXing and QRCoder read it, so all three encoders pick the same mask.
    /// </summary>
    internal static class QrPenalty
    {
        private const int RunPenalty = 3;
        private const int BoxPenalty = 3;
        private const int FinderLikePenalty = 40;
        private const int BalancePenalty = 10;

        public static int Score(byte[] modules, int size)
        {
            int score = 0;
            int dark = 0;
            for (int a = 0; a < size; a++)
            {
                score += Line(modules, size, a, true) + Line(modules, size, a, false);
            }

            for (int y = 0; y < size; y++)
            {
                for (int x = 0; x < size; x++)
                {
                    byte m = modules[y * size + x];
                    dark += m;
                    if (x + 1 < size && y + 1 < size && m == modules[y * size + x + 1] && m == modules[(y + 1) * size + x] && m == modules[(y + 1) * size + x + 1])
                    {
                        score += BoxPenalty;
                    }
                }
            }

            int total = size * size;
            int diff = dark * 2 - total;
            if (diff < 0)
            {
                diff = -diff;
            }

            return score + diff * 10 / total * BalancePenalty;
        }

        /// <summary>Rules 1 and 3 along one row (horizontal) or column.</summary>
        private static int Line(byte[] modules, int size, int index, bool horizontal)
        {
            int score = 0;
            int run = 0;
            int previous = -1;
            for (int i = 0; i < size; i++)
            {
                int m = At(modules, size, index, i, horizontal);
                run = m == previous ? run + 1 : 1;
                previous = m;
                if (run == 5)
                {
                    score += RunPenalty;
                }
                else if (run > 5)
                {
                    score++;
                }

                if (IsFinderLike(modules, size, index, i, horizontal) && (IsLight(modules, size, index, i - 4, i, horizontal) || IsLight(modules, size, index, i + 7, i + 11, horizontal)))
                {
                    score += FinderLikePenalty;
                }
            }

            return score;
        }

        /// <summary>Dark-light-dark×3-light-dark (1:1:3:1:1) starting at position i.</summary>
        private static bool IsFinderLike(byte[] modules, int size, int index, int i, bool horizontal)
        {
            if (i + 6 >= size)
            {
                return false;
            }

            return At(modules, size, index, i, horizontal) == 1 && At(modules, size, index, i + 1, horizontal) == 0
                && At(modules, size, index, i + 2, horizontal) == 1 && At(modules, size, index, i + 3, horizontal) == 1
                && At(modules, size, index, i + 4, horizontal) == 1 && At(modules, size, index, i + 5, horizontal) == 0
                && At(modules, size, index, i + 6, horizontal) == 1;
        }

        private static bool IsLight(byte[] modules, int size, int index, int from, int to, bool horizontal)
        {
            if (from < 0 || to > size)
            {
                return false;
            }

            for (int i = from; i < to; i++)
            {
                if (At(modules, size, index, i, horizontal) == 1)
                {
                    return false;
                }
            }

            return true;
        }

        private static int At(byte[] modules, int size, int index, int i, bool horizontal)
        {
            return horizontal ? modules[index * size + i] : modules[i * size + index];
        }
    }
}
