using System.Collections;
using DeviceFlow.Core.Protocol;

namespace DeviceFlow.Core.Config
{
    /// <summary>
    /// Typed reads from one JSON object of config.json, keeping the first problem as "field: what is wrong".
    /// Numbers arrive boxed as int (nanoFramework.Json's shape for small integers); anything else is an error.
    /// </summary>
    internal sealed class ConfigReader
    {
        private readonly Hashtable _fields;
        private readonly string _prefix;
        private readonly Hashtable _known = new Hashtable();
        private string _missing;

        public ConfigReader(Hashtable fields)
            : this(fields, string.Empty)
        {
        }

        public ConfigReader(Hashtable fields, string prefix)
        {
            _fields = fields;
            _prefix = prefix;
        }

        /// <summary>The first problem found, or null.</summary>
        public string Error { get; private set; }

        public void Fail(string field, string problem)
        {
            if (Error == null)
            {
                Error = field + ": " + problem;
            }
        }

        /// <summary>Takes over a nested section's first problem and first missing field.</summary>
        public void Absorb(ConfigReader section)
        {
            if (Error == null)
            {
                Error = section.Error;
            }

            if (_missing == null)
            {
                _missing = section._missing;
            }
        }

        /// <summary>
        /// A field this reader never asked for is most likely a typo ("client-id"); saying so beats the "required"
        /// error it would otherwise cause. Names starting with "_" are the maker's comments and are skipped.
        /// </summary>
        public void RejectUnknown()
        {
            foreach (object key in _fields.Keys)
            {
                string name = key as string;
                if (name != null && !name.StartsWith("_") && !_known.Contains(name))
                {
                    Fail(_prefix + name, "unknown field (a typo?)");
                }
            }
        }

        /// <summary>Reports the first missing required field, after type errors (which say more).</summary>
        public void RequireOne()
        {
            if (_missing != null)
            {
                Fail(_missing, "required");
            }
        }

        public Hashtable Section(string name)
        {
            object value = Get(name);
            if (value == null)
            {
                return null;
            }

            Hashtable section = value as Hashtable;
            if (section == null)
            {
                Fail(_prefix + name, "must be an object");
            }

            return section;
        }

        /// <summary>A non-empty string, or null when absent (then recorded as missing if required).</summary>
        public string Text(string name, bool required)
        {
            object value = Get(name);
            string text = value as string;
            if (value != null && text == null)
            {
                Fail(_prefix + name, "must be a string");
                return null;
            }

            if (text != null && text.Trim().Length == 0)
            {
                text = null;
            }

            if (text == null && required && _missing == null)
            {
                _missing = _prefix + name;
            }

            return text;
        }

        /// <summary>An https:// URL (RFC 8628 §3.1 / RFC 6749 §3.1: endpoints require TLS), or null when absent.</summary>
        public string Url(string name)
        {
            string url = Text(name, false);
            if (url != null && !HttpsUrl.Is(url))
            {
                Fail(_prefix + name, "must be an https:// URL");
                return null;
            }

            return url;
        }

        public int Number(string name, int fallback, int min, int max)
        {
            object value = Get(name);
            if (value == null)
            {
                return fallback;
            }

            if (!(value is int) || (int)value < min || (int)value > max)
            {
                Fail(_prefix + name, "must be a whole number from " + min + " to " + max);
                return fallback;
            }

            return (int)value;
        }

        public bool Flag(string name, bool fallback)
        {
            object value = Get(name);
            if (value == null)
            {
                return fallback;
            }

            if (!(value is bool))
            {
                Fail(_prefix + name, "must be true or false");
                return fallback;
            }

            return (bool)value;
        }

        /// <summary>
        /// "none", "body" or "basic"; absent means HTTP Basic when there is a secret (RFC 6749 §2.3.1: every server
        /// MUST support it, the body is NOT RECOMMENDED; discovery uses the same default), else none.
        /// </summary>
        public ClientAuthStyle AuthStyle(string name, bool hasSecret)
        {
            string style = Text(name, false);
            if (style == null)
            {
                return hasSecret ? ClientAuthStyle.BasicHeader : ClientAuthStyle.None;
            }

            switch (style)
            {
                case "none":
                    return ClientAuthStyle.None;
                case "body":
                    return ClientAuthStyle.RequestBody;
                case "basic":
                    return ClientAuthStyle.BasicHeader;
                default:
                    Fail(_prefix + name, "must be none, body or basic");
                    return ClientAuthStyle.None;
            }
        }

        private object Get(string name)
        {
            _known[name] = name;
            return _fields[name];
        }
    }
}
