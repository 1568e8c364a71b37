using System.Collections;

namespace DeviceFlow.Core.Ports
{
    /// <summary>
    /// The platform's JSON parser, in nanoFramework.Json's shapes: objects become Hashtable, arrays ArrayList,
    /// integers boxed int (or long when too large), decimals double, strings string, true/false bool.
    /// The core never tokenises JSON itself.
    /// </summary>
    public interface IJsonParser
    {
        /// <summary>The object the text holds, or null when the text is not a well-formed JSON object.</summary>
        Hashtable ParseObject(string json);
    }
}
