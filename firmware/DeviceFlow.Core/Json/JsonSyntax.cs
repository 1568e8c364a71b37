namespace DeviceFlow.Core.Json
{
    /// <summary>
    /// One walk over a document that checks it against RFC 8259 and, when given a tape, records where each value
    /// starts (see <see cref="JsonTree"/>). It runs twice per parse: first to check and count, then to fill a tape of
    /// exactly that size, so a refused document gets no tape and no tape is ever resized.
    /// Iterative, with the open containers kept as bits and as links through the tape: no recursion, no stack to allocate.
    /// </summary>
    internal static class JsonSyntax
    {
        /// <summary>Containers open at once. The core's documents nest 2 deep (config.json, discovery's mtls aliases).</summary>
        public const int MaxDepth = 16;

        /// <summary>A tape entry is the value's kind above this bit and its character offset below.</summary>
        public const int KindShift = 28;

        public const int OffsetMask = (1 << KindShift) - 1;

        /// <summary>
        /// U+FEFF at the very start. RFC 8259 §8.1 lets a parser ignore it; nanoFramework's File.ReadAllText keeps the
        /// one an editor writes at the start of config.json (reference §12), so it is skipped there and only there.
        /// </summary>
        public const char ByteOrderMark = '\uFEFF';

        /// <summary>Returns the number of tape entries the document needs, or -1 with <paramref name="error"/>.</summary>
        public static int Walk(string text, int[] tape, out string error)
        {
            int pos = SkipSpace(text, text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0);
            int count = 0;
            int depth = 0;
            int objectBits = 0;
            int open = -1;
            while (true)
            {
                if (pos >= text.Length)
                {
                    return Fail(count == 0 ? "no value" : "unexpected end", pos, out error);
                }

                char c = text[pos];
                if (c == '{' || c == '[')
                {
                    if (depth == MaxDepth)
                    {
                        return Fail("nesting deeper than " + MaxDepth, pos, out error);
                    }

                    bool isObject = c == '{';
                    if (tape != null)
                    {
                        tape[count] = Entry(isObject ? JsonKind.Object : JsonKind.Array, pos);
                        tape[count + 1] = open;
                        open = count;
                    }

                    count += 2;
                    depth++;
                    objectBits = isObject ? objectBits | (1 << depth) : objectBits & ~(1 << depth);
                    pos = SkipSpace(text, pos + 1);
                    bool empty = pos < text.Length && text[pos] == (isObject ? '}' : ']');
                    if (!empty)
                    {
                        if (isObject && (pos = Member(text, pos, tape, ref count, out error)) < 0)
                        {
                            return -1;
                        }

                        continue;
                    }
                }
                else
                {
                    JsonKind kind;
                    int end = Scalar(text, pos, tape, out kind, out error);
                    if (end < 0)
                    {
                        return -1;
                    }

                    if (tape != null)
                    {
                        tape[count] = Entry(kind, pos);
                    }

                    count++;
                    pos = SkipSpace(text, end);
                }

                // After a value: close what ends here, then go on to the next member or item, or finish.
                while (true)
                {
                    if (depth == 0)
                    {
                        error = null;
                        return pos < text.Length ? Fail("trailing characters", pos, out error) : count;
                    }

                    if (pos >= text.Length)
                    {
                        return Fail("unexpected end", pos, out error);
                    }

                    bool inObject = (objectBits & (1 << depth)) != 0;
                    if (text[pos] == ',')
                    {
                        pos = SkipSpace(text, pos + 1);
                        if (inObject && (pos = Member(text, pos, tape, ref count, out error)) < 0)
                        {
                            return -1;
                        }

                        break;
                    }

                    if (text[pos] != (inObject ? '}' : ']'))
                    {
                        return Fail(inObject ? "expected ',' or '}'" : "expected ',' or ']'", pos, out error);
                    }

                    if (tape != null)
                    {
                        int parent = tape[open + 1];
                        tape[open + 1] = count;
                        int duplicate = inObject ? DuplicateName(text, tape, open) : -1;
                        if (duplicate >= 0)
                        {
                            return Fail("duplicate member \"" + Shortened(JsonStrings.Read(text, duplicate)) + "\"", duplicate, out error);
                        }

                        open = parent;
                    }

                    depth--;
                    pos = SkipSpace(text, pos + 1);
                }
            }
        }

        /// <summary>Sets <paramref name="error"/> to "JSON: what at offset" and returns -1.</summary>
        public static int Fail(string what, int offset, out string error)
        {
            error = "JSON: " + what + " at " + offset;
            return -1;
        }

        /// <summary>A character as it can be shown in an error: 'x' when printable ASCII, else U+XXXX.</summary>
        public static string Describe(char c)
        {
            if (c >= ' ' && c <= '~')
            {
                return "'" + c.ToString() + "'";
            }

            const string hex = "0123456789ABCDEF";
            return "U+" + hex[(c >> 12) & 15].ToString() + hex[(c >> 8) & 15].ToString() + hex[(c >> 4) & 15].ToString() + hex[c & 15].ToString();
        }

        public static int Entry(JsonKind kind, int offset)
        {
            return ((int)kind << KindShift) | offset;
        }

        /// <summary>A member's name and colon; returns the position of its value.</summary>
        private static int Member(string text, int pos, int[] tape, ref int count, out string error)
        {
            if (pos >= text.Length || text[pos] != '"')
            {
                return Fail(pos >= text.Length ? "unexpected end" : "expected a member name", pos, out error);
            }

            int end = StringEnd(text, pos, tape, out error);
            if (end < 0)
            {
                return -1;
            }

            if (tape != null)
            {
                tape[count] = Entry(JsonKind.String, pos);
            }

            count++;
            end = SkipSpace(text, end);
            if (end >= text.Length || text[end] != ':')
            {
                return Fail("expected ':'", end, out error);
            }

            return SkipSpace(text, end + 1);
        }

        /// <summary>A string, number, true, false or null at <paramref name="pos"/>; returns the index after it.</summary>
        private static int Scalar(string text, int pos, int[] tape, out JsonKind kind, out string error)
        {
            char c = text[pos];
            if (c == '"')
            {
                kind = JsonKind.String;
                return StringEnd(text, pos, tape, out error);
            }

            if (c == '-' || (c >= '0' && c <= '9'))
            {
                // Checked (grammar and range) on the first walk only: the range check of a long number allocates.
                kind = JsonKind.Number;
                error = null;
                return tape == null ? JsonNumber.Scan(text, pos, out error) : JsonNumber.End(text, pos);
            }

            kind = c == 't' ? JsonKind.True : c == 'f' ? JsonKind.False : JsonKind.Null;
            string literal = c == 't' ? "true" : c == 'f' ? "false" : "null";
            if ((c == 't' || c == 'f' || c == 'n') && Matches(text, pos, literal))
            {
                error = null;
                return pos + literal.Length;
            }

            return Fail("unexpected " + Describe(c), pos, out error);
        }

        /// <summary>The index after a string token: checked char by char on the first walk, found natively on the second.</summary>
        private static int StringEnd(string text, int pos, int[] tape, out string error)
        {
            if (tape == null)
            {
                return JsonStrings.Scan(text, pos, out error);
            }

            error = null;
            return JsonStrings.End(text, pos);
        }

        private static bool Matches(string text, int pos, string literal)
        {
            if (pos + literal.Length > text.Length)
            {
                return false;
            }

            for (int k = 0; k < literal.Length; k++)
            {
                if (text[pos + k] != literal[k])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The second of two members of one object with the same name, or -1. RFC 8259 §4 only says names SHOULD be
        /// unique; a duplicate is refused because which one wins differs between parsers (an "error" hidden behind a
        /// second member is how answers get misread). Pairwise, in place: objects here hold tens of members at most.
        /// </summary>
        private static int DuplicateName(string text, int[] tape, int objectNode)
        {
            int end = tape[objectNode + 1];
            for (int name = objectNode + 2; name < end; name = After(tape, name + 1))
            {
                for (int earlier = objectNode + 2; earlier < name; earlier = After(tape, earlier + 1))
                {
                    if (JsonStrings.Same(text, tape[earlier] & OffsetMask, tape[name] & OffsetMask))
                    {
                        return tape[name] & OffsetMask;
                    }
                }
            }

            return -1;
        }

        /// <summary>The tape index after the value at <paramref name="node"/> and everything inside it.</summary>
        public static int After(int[] tape, int node)
        {
            int kind = tape[node] >> KindShift;
            return kind == (int)JsonKind.Object || kind == (int)JsonKind.Array ? tape[node + 1] : node + 1;
        }

        private static string Shortened(string name)
        {
            return name.Length <= 40 ? name : name.Substring(0, 40) + "...";
        }

        /// <summary>RFC 8259 §2: the four insignificant whitespace characters, no others.</summary>
        private static int SkipSpace(string text, int pos)
        {
            while (pos < text.Length)
            {
                char c = text[pos];
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                {
                    break;
                }

                pos++;
            }

            return pos;
        }
    }
}
