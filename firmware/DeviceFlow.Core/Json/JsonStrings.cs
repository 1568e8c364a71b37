namespace DeviceFlow.Core.Json
{
    /// <summary>
    /// JSON strings read in place (RFC 8259 §7): the check of one string token, and its decoding one UTF-16 unit at a
    /// time, so a member name or a known code is compared without building a string.
    /// </summary>
    internal static class JsonStrings
    {
        /// <summary>
        /// Checks the string token whose opening quote is at <paramref name="start"/> and returns the index after its
        /// closing quote, or -1 with <paramref name="error"/>. §7: control characters must be escaped; the only escapes
        /// are \" \\ \/ \b \f \n \r \t and \uXXXX. §8.2 leaves unpaired surrogates to the implementation: they are
        /// rejected here, escaped or raw, because the text they stand for is not Unicode and would be stored or shown
        /// as U+FFFD. (A raw one cannot come out of a UTF-8 decoder; the check keeps host strings to the same rule.)
        /// </summary>
        public static int Scan(string text, int start, out string error)
        {
            error = null;
            int i = start + 1;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '"')
                {
                    return i + 1;
                }

                if (c < ' ')
                {
                    return JsonSyntax.Fail("control character " + JsonSyntax.Describe(c) + " in a string", i, out error);
                }

                if (c >= '\uD800' && c <= '\uDFFF')
                {
                    bool paired = c <= '\uDBFF' && i + 1 < text.Length && text[i + 1] >= '\uDC00' && text[i + 1] <= '\uDFFF';
                    if (!paired)
                    {
                        return JsonSyntax.Fail("lone surrogate " + JsonSyntax.Describe(c), i, out error);
                    }

                    i += 2;
                    continue;
                }

                if (c != '\\')
                {
                    i++;
                    continue;
                }

                char escape = i + 1 < text.Length ? text[i + 1] : '\0';
                if (escape == '"' || escape == '\\' || escape == '/' || escape == 'b' || escape == 'f' || escape == 'n' || escape == 'r' || escape == 't')
                {
                    i += 2;
                    continue;
                }

                if (escape != 'u')
                {
                    return i + 1 >= text.Length
                        ? JsonSyntax.Fail("unterminated string", start, out error)
                        : JsonSyntax.Fail("invalid escape \\" + (escape < ' ' || escape > '~' ? JsonSyntax.Describe(escape) : escape.ToString()), i, out error);
                }

                int unit = Hex4(text, i + 2);
                if (unit < 0)
                {
                    return JsonSyntax.Fail("invalid \\u escape", i, out error);
                }

                if (unit >= 0xD800 && unit <= 0xDBFF && i + 7 < text.Length && text[i + 6] == '\\' && text[i + 7] == 'u')
                {
                    int low = Hex4(text, i + 8);
                    if (low >= 0xDC00 && low <= 0xDFFF)
                    {
                        i += 12;
                        continue;
                    }
                }

                if (unit >= 0xD800 && unit <= 0xDFFF)
                {
                    return JsonSyntax.Fail("lone surrogate \\u" + text.Substring(i + 2, 4), i, out error);
                }

                i += 6;
            }

            return JsonSyntax.Fail("unterminated string", start, out error);
        }

        /// <summary>
        /// Decodes the UTF-16 unit at <paramref name="index"/> (inside a string already checked by <see cref="Scan"/>)
        /// and returns the index of the next one. A surrogate pair written as two \u escapes comes out as two units.
        /// </summary>
        public static int Decode(string text, int index, out char unit)
        {
            unit = text[index];
            if (unit != '\\')
            {
                return index + 1;
            }

            char escape = text[index + 1];
            switch (escape)
            {
                case 'b':
                    unit = '\b';
                    break;
                case 'f':
                    unit = '\f';
                    break;
                case 'n':
                    unit = '\n';
                    break;
                case 'r':
                    unit = '\r';
                    break;
                case 't':
                    unit = '\t';
                    break;
                case 'u':
                    unit = (char)Hex4(text, index + 2);
                    return index + 6;
                default:
                    unit = escape;
                    break;
            }

            return index + 2;
        }

        /// <summary>Whether the string token at <paramref name="start"/> decodes to exactly <paramref name="value"/>.</summary>
        public static bool Equals(string text, int start, string value)
        {
            int i = start + 1;
            for (int k = 0; k < value.Length; k++)
            {
                if (text[i] == '"')
                {
                    return false;
                }

                char unit;
                i = Decode(text, i, out unit);
                if (unit != value[k])
                {
                    return false;
                }
            }

            return text[i] == '"';
        }

        /// <summary>Whether two string tokens decode to the same text ("a" and "\u0061" do).</summary>
        public static bool Same(string text, int first, int second)
        {
            int i = first + 1;
            int j = second + 1;
            while (true)
            {
                bool firstEnds = text[i] == '"';
                bool secondEnds = text[j] == '"';
                if (firstEnds || secondEnds)
                {
                    return firstEnds && secondEnds;
                }

                char a;
                char b;
                i = Decode(text, i, out a);
                j = Decode(text, j, out b);
                if (a != b)
                {
                    return false;
                }
            }
        }

        /// <summary>
        /// The index after the string token at <paramref name="start"/>, already checked by <see cref="Scan"/>: the
        /// first quote not escaped by an odd run of backslashes. String.IndexOf is native code on nanoCLR, many times
        /// faster than a loop the interpreter runs char by char.
        /// </summary>
        public static int End(string text, int start)
        {
            int quote = start;
            while (true)
            {
                quote = text.IndexOf('"', quote + 1);
                int backslashes = 0;
                while (text[quote - 1 - backslashes] == '\\')
                {
                    backslashes++;
                }

                if (backslashes % 2 == 0)
                {
                    return quote + 1;
                }
            }
        }

        /// <summary>The decoded text of the string token at <paramref name="start"/>; a token without escapes is one Substring.</summary>
        public static string Read(string text, int start)
        {
            int end = End(text, start) - 1;
            int length = end - start - 1;
            if (length == 0)
            {
                return string.Empty;
            }

            if (text.IndexOf('\\', start + 1, length) < 0)
            {
                return text.Substring(start + 1, length);
            }

            char[] units = new char[length];
            int count = 0;
            int i = start + 1;
            while (i < end)
            {
                char unit;
                i = Decode(text, i, out unit);
                units[count++] = unit;
            }

            return new string(units, 0, count);
        }

        /// <summary>The value of four hex digits at <paramref name="index"/>, or -1.</summary>
        private static int Hex4(string text, int index)
        {
            if (index + 4 > text.Length)
            {
                return -1;
            }

            int value = 0;
            for (int k = index; k < index + 4; k++)
            {
                char c = text[k];
                int digit = c >= '0' && c <= '9' ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                    : -1;
                if (digit < 0)
                {
                    return -1;
                }

                value = (value << 4) | digit;
            }

            return value;
        }
    }
}
