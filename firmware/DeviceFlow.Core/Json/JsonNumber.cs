namespace DeviceFlow.Core.Json
{
    /// <summary>
    /// JSON numbers (RFC 8259 §6). §6 lets an implementation limit range and precision; the limits here are the
    /// ones the core can hold without guessing: a number without fraction or exponent must fit Int64, any other must
    /// be a finite double. Beyond that the document is rejected, never rounded into another type (nanoFramework.Json
    /// turns large integers into UInt64 and throws past it: reference §12).
    /// </summary>
    internal static class JsonNumber
    {
        /// <summary>Integers up to 2^53 are exact doubles (IEEE 754 binary64 has a 53-bit significand).</summary>
        private const ulong ExactDoubleLimit = 9007199254740992UL;

        /// <summary>The powers of ten that are exact doubles (5^22 &lt; 2^53), for the exact fast path.</summary>
        private static readonly double[] ExactPowersOfTen =
        {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        };

        /// <summary>Checks the number token at <paramref name="start"/>; returns the index after it, or -1 with <paramref name="error"/>.</summary>
        public static int Scan(string text, int start, out string error)
        {
            error = null;
            int i = start;
            if (text[i] == '-')
            {
                i++;
            }

            if (!IsDigit(text, i))
            {
                return JsonSyntax.Fail("invalid number", start, out error);
            }

            if (text[i] == '0' && IsDigit(text, i + 1))
            {
                return JsonSyntax.Fail("leading zero in a number", start, out error);
            }

            i = SkipDigits(text, i);
            bool integral = true;
            if (i < text.Length && text[i] == '.')
            {
                if (!IsDigit(text, i + 1))
                {
                    return JsonSyntax.Fail("invalid number", start, out error);
                }

                i = SkipDigits(text, i + 1);
                integral = false;
            }

            if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
            {
                i++;
                if (i < text.Length && (text[i] == '+' || text[i] == '-'))
                {
                    i++;
                }

                if (!IsDigit(text, i))
                {
                    return JsonSyntax.Fail("invalid number", start, out error);
                }

                i = SkipDigits(text, i);
                integral = false;
            }

            long whole;
            double real;
            bool inRange = integral ? TryInt64(text, start, i, out whole) : TryDouble(text, start, i, out real);
            return inRange ? i : JsonSyntax.Fail("number out of range", start, out error);
        }

        /// <summary>The end of the number token at <paramref name="start"/> (already checked).</summary>
        public static int End(string text, int start)
        {
            int i = start + 1;
            while (i < text.Length && IsNumberChar(text[i]))
            {
                i++;
            }

            return i;
        }

        /// <summary>An integer token (no fraction, no exponent) as Int64; false for any other or on overflow.</summary>
        public static bool TryInt64(string text, int start, int end, out long value)
        {
            // Accumulated as a negative number so that Int64.MinValue, which has no positive twin, fits.
            value = 0;
            bool negative = text[start] == '-';
            for (int i = negative ? start + 1 : start; i < end; i++)
            {
                int digit = text[i] - '0';
                if (digit < 0 || digit > 9 || value < long.MinValue / 10)
                {
                    return false;
                }

                value *= 10;
                if (value < long.MinValue + digit)
                {
                    return false;
                }

                value -= digit;
            }

            if (!negative)
            {
                if (value == long.MinValue)
                {
                    return false;
                }

                value = -value;
            }

            return true;
        }

        /// <summary>
        /// Any number token as a double; false when it overflows (an underflow is 0, as in IEEE 754). Exact, hence
        /// correctly rounded, when the significant digits fit 2^53 and the power of ten is at most 22 (Clinger's fast
        /// path: one IEEE multiplication or division of two exact values); otherwise double.Parse, which exists in
        /// nanoFramework's mscorlib 1.17.11 and is reached only by long or far-scaled numbers that OAuth never sends.
        /// </summary>
        public static bool TryDouble(string text, int start, int end, out double value)
        {
            bool negative = text[start] == '-';
            ulong significand = 0;
            int digits = 0;
            int exponent = 0;
            bool dropped = false;
            bool inFraction = false;
            int i = negative ? start + 1 : start;
            for (; i < end && text[i] != 'e' && text[i] != 'E'; i++)
            {
                if (text[i] == '.')
                {
                    inFraction = true;
                    continue;
                }

                int digit = text[i] - '0';
                if (digits == 0 && digit == 0)
                {
                    exponent -= inFraction ? 1 : 0;
                }
                else if (digits < 19)
                {
                    significand = (significand * 10) + (ulong)digit;
                    digits++;
                    exponent -= inFraction ? 1 : 0;
                }
                else
                {
                    dropped |= digit != 0;
                    exponent += inFraction ? 0 : 1;
                }
            }

            exponent += ExponentPart(text, i, end);
            while (significand != 0 && significand % 10 == 0)
            {
                significand /= 10;
                exponent++;
            }

            if (significand == 0)
            {
                value = negative ? -0.0 : 0.0;
                return true;
            }

            // The power of ten of the first significant digit decides most cases without converting.
            int leading = exponent + DigitCount(significand) - 1;
            if (leading > 308)
            {
                value = 0;
                return false;
            }

            if (leading < -330)
            {
                value = negative ? -0.0 : 0.0;
                return true;
            }

            if (!dropped && significand <= ExactDoubleLimit && exponent >= -22 && exponent <= 22)
            {
                // Below 2^53 the significand converts exactly, through long (a signed conversion every runtime has).
                double exact = (long)significand;
                value = exponent >= 0 ? exact * ExactPowersOfTen[exponent] : exact / ExactPowersOfTen[-exponent];
            }
            else
            {
                value = double.Parse(Normalised(text, start, end));
            }

            value = negative ? -value : value;
            return !double.IsInfinity(value);
        }

        /// <summary>
        /// The token's digits without sign or point, then E and the power of ten ("-1.25e3" → "125E1"): a form that
        /// double.Parse reads the same whatever the culture (no decimal separator), on the host and on the board.
        /// </summary>
        private static string Normalised(string text, int start, int end)
        {
            char[] digits = new char[end - start];
            int count = 0;
            int fraction = 0;
            bool inFraction = false;
            int i = start;
            for (; i < end && text[i] != 'e' && text[i] != 'E'; i++)
            {
                char c = text[i];
                if (c == '.')
                {
                    inFraction = true;
                }
                else if (c != '-')
                {
                    digits[count++] = c;
                    fraction += inFraction ? 1 : 0;
                }
            }

            return new string(digits, 0, count) + "E" + (ExponentPart(text, i, end) - fraction);
        }

        /// <summary>The exponent after e/E at <paramref name="index"/> (0 when none), held to ±100000: far past any double.</summary>
        private static int ExponentPart(string text, int index, int end)
        {
            if (index >= end)
            {
                return 0;
            }

            int i = index + 1;
            bool negative = text[i] == '-';
            if (text[i] == '-' || text[i] == '+')
            {
                i++;
            }

            int exponent = 0;
            for (; i < end; i++)
            {
                if (exponent < 100000)
                {
                    exponent = (exponent * 10) + (text[i] - '0');
                }
            }

            return negative ? -exponent : exponent;
        }

        private static int DigitCount(ulong value)
        {
            int count = 1;
            while (value >= 10)
            {
                value /= 10;
                count++;
            }

            return count;
        }

        private static int SkipDigits(string text, int index)
        {
            while (IsDigit(text, index))
            {
                index++;
            }

            return index;
        }

        private static bool IsDigit(string text, int index)
        {
            return index < text.Length && text[index] >= '0' && text[index] <= '9';
        }

        private static bool IsNumberChar(char c)
        {
            return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
        }
    }
}
