using System.Collections;
using System.Text;

namespace DeviceFlow.Core.Protocol
{
    /// <summary>
    /// application/x-www-form-urlencoded, as RFC 6749 Appendix B uses it: UTF-8, space as '+', and every byte
    /// outside ALPHA / DIGIT / "-" / "." / "_" / "*" percent-encoded. Hand-written because the core must not
    /// depend on System.Web.HttpUtility (it lives in nanoFramework's System.Net.Http, a driver-side package).
    /// </summary>
    public static class FormUrlEncoding
    {
        private const string HexDigits = "0123456789ABCDEF";

        public static string Encode(string value)
        {
            // Names, client ids and device codes are nearly always unreserved already: handing them back as they
            // are spares three buffers per field on every poll (tools/Measure, table 4).
            if (IsAllUnreserved(value))
            {
                return value;
            }

            byte[] utf8 = Encoding.UTF8.GetBytes(value);
            StringBuilder encoded = new StringBuilder(utf8.Length + 8);
            for (int i = 0; i < utf8.Length; i++)
            {
                byte b = utf8[i];
                if (IsUnreserved(b))
                {
                    encoded.Append((char)b);
                }
                else if (b == ' ')
                {
                    encoded.Append('+');
                }
                else
                {
                    encoded.Append('%');
                    encoded.Append(HexDigits[b >> 4]);
                    encoded.Append(HexDigits[b & 0x0F]);
                }
            }

            return encoded.ToString();
        }

        /// <summary>Decodes one name or value; a malformed escape is kept literally rather than rejected.</summary>
        public static string Decode(string value)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(value);
            int count = 0;
            for (int i = 0; i < bytes.Length; i++)
            {
                byte b = bytes[i];
                if (b == '+')
                {
                    b = (byte)' ';
                }
                else if (b == '%' && i + 2 < bytes.Length && HexValue(bytes[i + 1]) >= 0 && HexValue(bytes[i + 2]) >= 0)
                {
                    b = (byte)((HexValue(bytes[i + 1]) << 4) | HexValue(bytes[i + 2]));
                    i += 2;
                }

                bytes[count++] = b;
            }

            return Encoding.UTF8.GetString(bytes, 0, count);
        }

        /// <summary>
        /// Parses a form-encoded body (GitHub answers this way without Accept: application/json) into the same
        /// Hashtable shape the JSON parser gives, every value a string. The first occurrence of a name wins.
        /// </summary>
        public static Hashtable Parse(string body)
        {
            Hashtable fields = new Hashtable();
            string[] pairs = body.Split('&');
            for (int i = 0; i < pairs.Length; i++)
            {
                string pair = pairs[i];
                if (pair.Length == 0)
                {
                    continue;
                }

                int equals = pair.IndexOf('=');
                string name = Decode(equals < 0 ? pair : pair.Substring(0, equals));
                string value = equals < 0 ? string.Empty : Decode(pair.Substring(equals + 1));
                if (name.Length > 0 && !fields.Contains(name))
                {
                    fields.Add(name, value);
                }
            }

            return fields;
        }

        private static bool IsAllUnreserved(string value)
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c > 127 || !IsUnreserved((byte)c))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsUnreserved(byte b)
        {
            return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')
                || b == '-' || b == '.' || b == '_' || b == '*';
        }

        private static int HexValue(byte c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            return -1;
        }
    }
}
