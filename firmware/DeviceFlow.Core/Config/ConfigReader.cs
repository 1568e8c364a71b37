using System.Collections;
using DeviceFlow.Core.Json;
using DeviceFlow.Core.Protocol;

namespace DeviceFlow.Core.Config
{
    /// <summary>
    /// Typed reads from one JSON object of config.json, keeping the first problem as "field: what is wrong".
    /// Numbers must be written as whole numbers (4, not 4.0 or "4"); a JSON null counts as absent.
    /// </summary>
    internal sealed class ConfigReader
    {
        private readonly JsonTree _tree;
        private readonly int _object;
        private readonly string _prefix;
        private readonly ArrayList _known = new ArrayList();
        private string _missing;

        public ConfigReader(JsonTree tree, int objectNode, string prefix)
        {
            _tree = tree;
            _object = objectNode;
            _prefix = prefix;
        }

        /// <summary>A reader for a section (a nested object) of this one's document.</summary>
        public ConfigReader(ConfigReader parent, int objectNode, string prefix)
            : this(parent._tree, objectNode, prefix)
        {
        }

        /// <summary>The first problem found, or null.</summary>
        public string Error { get; private set; }

        /// <summary>Keeps "field: problem" unless a problem came first; a null problem is none (a check that passed).</summary>
        public void Fail(string field, string problem)
        {
            if (Error == null && problem != null)
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
            for (int member = _tree.FirstMember(_object); member >= 0; member = _tree.NextMember(_object, member))
            {
                if (!IsKnown(member))
                {
                    string name = _tree.GetString(member);
                    if (!name.StartsWith("_"))
                    {
                        Fail(_prefix + name, "unknown field (a typo?)");
                    }
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

        /// <summary>The node of a nested object, or -1 when absent or not an object (then recorded as a problem).</summary>
        public int Section(string name)
        {
            int value = Get(name);
            if (value >= 0 && _tree.Kind(value) != JsonKind.Object)
            {
                Fail(_prefix + name, "must be an object");
                return -1;
            }

            return value;
        }

        /// <summary>A non-empty string, or null when absent (then recorded as missing if required).</summary>
        public string Text(string name, bool required)
        {
            int value = Get(name);
            string text = value < 0 ? null : _tree.GetString(value);
            if (value >= 0 && text == null)
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
            int value = Get(name);
            if (value < 0)
            {
                return fallback;
            }

            int number;
            if (!_tree.TryGetInt32(value, out number) || number < min || number > max)
            {
                Fail(_prefix + name, "must be a whole number from " + min + " to " + max);
                return fallback;
            }

            return number;
        }

        public bool Flag(string name, bool fallback)
        {
            int value = Get(name);
            if (value < 0)
            {
                return fallback;
            }

            JsonKind kind = _tree.Kind(value);
            if (kind != JsonKind.True && kind != JsonKind.False)
            {
                Fail(_prefix + name, "must be true or false");
                return fallback;
            }

            return kind == JsonKind.True;
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

        /// <summary>The member's value node, or -1 when absent or null; the name is remembered as one this reader knows.</summary>
        private int Get(string name)
        {
            _known.Add(name);
            int value = _tree.Find(_object, name);
            return value >= 0 && _tree.Kind(value) == JsonKind.Null ? -1 : value;
        }

        private bool IsKnown(int member)
        {
            for (int i = 0; i < _known.Count; i++)
            {
                if (_tree.StringEquals(member, (string)_known[i]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
