namespace DeviceFlow.Core.Json
{
    /// <summary>
    /// A checked JSON document (RFC 8259) kept as its text plus a "tape": one int per value or member name (its kind
    /// and where it starts), and one more for an object or array (where it ends on the tape). Values are read in place
    /// when asked for: a member is found by comparing names in the text, and only a string or number the caller reads
    /// becomes a string or number. Nothing is boxed: the 180-character pending answer of tools/Measure costs the tape (8 ints)
    /// and this object, 88 B on .NET 10 (table 4).
    /// A node is a tape index; <see cref="Root"/> is the document's value.
    /// </summary>
    public sealed class JsonTree
    {
        /// <summary>The document's top-level value.</summary>
        public const int Root = 0;

        public const int MaxDepth = JsonSyntax.MaxDepth;

        private readonly string _text;
        private readonly int[] _tape;

        private JsonTree(string text, int[] tape)
        {
            _text = text;
            _tape = tape;
        }

        /// <summary>
        /// The document, or null with <paramref name="error"/> saying what is wrong and at which character offset,
        /// e.g. "JSON: duplicate member \"interval\" at 57". Never throws for any text.
        /// </summary>
        public static JsonTree Parse(string text, out string error)
        {
            if (text == null)
            {
                error = "JSON: no text";
                return null;
            }

            int size = JsonSyntax.Walk(text, null, out error);
            if (size < 0)
            {
                return null;
            }

            int[] tape = new int[size];
            return JsonSyntax.Walk(text, tape, out error) < 0 ? null : new JsonTree(text, tape);
        }

        public JsonKind Kind(int node)
        {
            return (JsonKind)(_tape[node] >> JsonSyntax.KindShift);
        }

        /// <summary>Where the value starts in the text (for messages).</summary>
        public int Offset(int node)
        {
            return _tape[node] & JsonSyntax.OffsetMask;
        }

        /// <summary>The value of the member <paramref name="name"/> of an object, or -1 (also when the node is no object).</summary>
        public int Find(int objectNode, string name)
        {
            for (int member = FirstMember(objectNode); member >= 0; member = NextMember(objectNode, member))
            {
                if (JsonStrings.Equals(_text, Offset(member), name))
                {
                    return member + 1;
                }
            }

            return -1;
        }

        /// <summary>The name node of an object's first member (its value is the next node), or -1.</summary>
        public int FirstMember(int objectNode)
        {
            return Kind(objectNode) == JsonKind.Object ? FirstInside(objectNode) : -1;
        }

        /// <summary>The name node of the member after <paramref name="member"/>, or -1.</summary>
        public int NextMember(int objectNode, int member)
        {
            int next = JsonSyntax.After(_tape, member + 1);
            return next < _tape[objectNode + 1] ? next : -1;
        }

        /// <summary>An array's first item, or -1.</summary>
        public int FirstItem(int arrayNode)
        {
            return Kind(arrayNode) == JsonKind.Array ? FirstInside(arrayNode) : -1;
        }

        public int NextItem(int arrayNode, int item)
        {
            int next = JsonSyntax.After(_tape, item);
            return next < _tape[arrayNode + 1] ? next : -1;
        }

        /// <summary>Whether the node is a string (or member name) that decodes to exactly <paramref name="value"/>; no allocation.</summary>
        public bool StringEquals(int node, string value)
        {
            return Kind(node) == JsonKind.String && JsonStrings.Equals(_text, Offset(node), value);
        }

        /// <summary>The decoded string, or null when the node is not a string. Never a date or a number: no coercion.</summary>
        public string GetString(int node)
        {
            return Kind(node) == JsonKind.String ? JsonStrings.Read(_text, Offset(node)) : null;
        }

        /// <summary>A number written without fraction or exponent that fits Int32.</summary>
        public bool TryGetInt32(int node, out int value)
        {
            long whole;
            bool fits = TryGetInt64(node, out whole) && whole >= int.MinValue && whole <= int.MaxValue;
            value = fits ? (int)whole : 0;
            return fits;
        }

        /// <summary>A number written without fraction or exponent (every such number in a parsed document fits Int64).</summary>
        public bool TryGetInt64(int node, out long value)
        {
            value = 0;
            int start = NumberStart(node);
            return start >= 0 && JsonNumber.TryInt64(_text, start, JsonNumber.End(_text, start), out value);
        }

        /// <summary>Any number as a double (finite in a parsed document); false when the node is not a number.</summary>
        public bool TryGetDouble(int node, out double value)
        {
            value = 0;
            int start = NumberStart(node);
            return start >= 0 && JsonNumber.TryDouble(_text, start, JsonNumber.End(_text, start), out value);
        }

        private int NumberStart(int node)
        {
            return Kind(node) == JsonKind.Number ? Offset(node) : -1;
        }

        private int FirstInside(int containerNode)
        {
            return containerNode + 2 < _tape[containerNode + 1] ? containerNode + 2 : -1;
        }
    }
}
