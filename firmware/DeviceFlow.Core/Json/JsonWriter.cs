using System.Text;

namespace DeviceFlow.Core.Json
{
    /// <summary>
    /// Writes JSON strings (RFC 8259 §7): the quote, the backslash and the control characters escaped, the rest as is.
    /// The device writes only flat objects of strings (a form answer re-expressed as JSON), so this is all it needs.
    /// </summary>
    public static class JsonWriter
    {
        public static void AppendString(StringBuilder json, string value)
        {
            const string hex = "0123456789abcdef";
            json.Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == '"' || c == '\\')
                {
                    json.Append('\\');
                    json.Append(c);
                }
                else if (c < ' ')
                {
                    json.Append("\\u00");
                    json.Append(hex[c >> 4]);
                    json.Append(hex[c & 15]);
                }
                else
                {
                    json.Append(c);
                }
            }

            json.Append('"');
        }
    }
}
