using DeviceFlow.Core.Json;

namespace DeviceFlow.Core.Protocol
{
    /// <summary>
    /// Reads members of an answer's top-level object tolerantly. The tolerance is the protocol's, not the JSON
    /// reader's: providers send numbers as strings (MSAL's "Some IdP returns string"; GitHub's form answers carry
    /// nothing else), and a whole number may come written as 5.0. A JSON null counts as absent.
    /// </summary>
    public static class Fields
    {
        public static bool Has(JsonTree fields, string name)
        {
            int value = fields.Find(JsonTree.Root, name);
            return value >= 0 && fields.Kind(value) != JsonKind.Null;
        }

        /// <summary>The member as a non-empty string, or null when absent, empty or not a string.</summary>
        public static string GetString(JsonTree fields, string name)
        {
            int value = fields.Find(JsonTree.Root, name);
            string text = value < 0 ? null : fields.GetString(value);
            return text == null || text.Length == 0 ? null : text;
        }

        /// <summary>The member as a whole number: an integer, an integral decimal, or a string of at most 9 digits.</summary>
        public static bool TryGetInt(JsonTree fields, string name, out int result)
        {
            result = 0;
            int value = fields.Find(JsonTree.Root, name);
            if (value < 0)
            {
                return false;
            }

            if (fields.TryGetInt32(value, out result))
            {
                return true;
            }

            double real;
            if (fields.TryGetDouble(value, out real))
            {
                bool whole = real >= int.MinValue && real <= int.MaxValue && real == (int)real;
                result = whole ? (int)real : 0;
                return whole;
            }

            string text = fields.GetString(value);
            return text != null && TryParseInt(text.Trim(), out result);
        }

        private static bool TryParseInt(string text, out int result)
        {
            result = 0;
            int start = text.Length > 0 && text[0] == '-' ? 1 : 0;
            if (text.Length == start || text.Length - start > 9)
            {
                return false;
            }

            for (int i = start; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                result = (result * 10) + (c - '0');
            }

            if (start == 1)
            {
                result = -result;
            }

            return true;
        }
    }
}
