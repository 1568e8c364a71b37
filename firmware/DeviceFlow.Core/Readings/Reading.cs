using System;
using System.Text;

namespace DeviceFlow.Core.Readings
{
    /// <summary>
    /// One reading as the JSON object that is POSTed (RFC 8259): whole-number values under names the firmware
    /// chooses, so the body is written here without a JSON library and needs no escaping.
    /// </summary>
    public sealed class Reading
    {
        private readonly StringBuilder _json = new StringBuilder();

        /// <param name="name">Lower-case letters, digits and '_' only.</param>
        public void Add(string name, long value)
        {
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
                {
                    throw new ArgumentException("a reading's names are lower-case identifiers", "name");
                }
            }

            if (_json.Length > 0)
            {
                _json.Append(',');
            }

            _json.Append('"').Append(name).Append("\":").Append(value.ToString());
        }

        public string ToJson()
        {
            return "{" + _json.ToString() + "}";
        }
    }
}
