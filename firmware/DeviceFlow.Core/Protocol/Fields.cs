using System.Collections;

namespace DeviceFlow.Core.Protocol
{
    /// <summary>
    /// Reads response members tolerantly: providers send numbers as strings (MSAL's "Some IdP returns string"),
    /// and a Hashtable from nanoFramework.Json boxes integers as int or long and decimals as double.
    /// </summary>
    public static class Fields
    {
        public static bool Has(Hashtable fields, string name)
        {
            return fields[name] != null;
        }

        /// <summary>The member as a non-empty string, or null when absent, empty or not a string.</summary>
        public static string GetString(Hashtable fields, string name)
        {
            string text = fields[name] as string;
            return text == null || text.Length == 0 ? null : text;
        }

        /// <summary>The member as a whole number (int, long, integral double or a string of digits).</summary>
        public static bool TryGetInt(Hashtable fields, string name, out int result)
        {
            result = 0;
            object value = fields[name];
            if (value is int)
            {
                result = (int)value;
                return true;
            }

            if (value is long)
            {
                long big = (long)value;
                if (big < int.MinValue || big > int.MaxValue)
                {
                    return false;
                }

                result = (int)big;
                return true;
            }

            if (value is double)
            {
                double real = (double)value;
                if (real < int.MinValue || real > int.MaxValue || real != (int)real)
                {
                    return false;
                }

                result = (int)real;
                return true;
            }

            string text = value as string;
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
