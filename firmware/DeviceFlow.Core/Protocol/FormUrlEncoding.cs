using System.Collections;
using System.Text;
using DeviceFlow.Core.Json;

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
        /// Reads a form-encoded body (GitHub answers this way without Accept: application/json) as the JSON object it
        /// stands for, every value a string, so every answer is read by one reader (<see cref="JsonTree"/>). The first
        /// occurrence of a name wins; a pair without a name is skipped.
        /// </summary>
        public static JsonTree Parse(string body)
        {
            StringBuilder json = new StringBuilder(body.Length + 16);
            ArrayList names = new ArrayList();
            json.Append('{');
            string[] pairs = body.Split('&');
            for (int i = 0; i < pairs.Length; i++)
            {
                string pair = pairs[i];
                int equals = pair.IndexOf('=');
                string name = Decode(equals < 0 ? pair : pair.Substring(0, equals));
                if (name.Length == 0 || names.Contains(name))
                {
                    continue;
                }

                if (names.Add(name) > 0)
                {
                    json.Append(',');
                }

                JsonWriter.AppendString(json, name);
                json.Append(':');
                JsonWriter.AppendString(json, equals < 0 ? string.Empty : Decode(pair.Substring(equals + 1)));
            }

            json.Append('}');
            string error;
            return JsonTree.Parse(json.ToString(), out error);
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
