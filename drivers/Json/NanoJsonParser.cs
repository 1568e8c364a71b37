using System;
using System.Collections;
using DeviceFlow.Core.Ports;
using nanoFramework.Json;

namespace DeviceFlow.Drivers.Json
{
    /// <summary>
    /// The core's JSON port over nanoFramework.Json: a Hashtable target gives nested objects as Hashtable,
    /// arrays as ArrayList and numbers boxed as int, long or double. Malformed text, a top-level array and
    /// the parser's own failures (it can run out of memory on large input) all come back as null.
    /// </summary>
    public sealed class NanoJsonParser : IJsonParser
    {
        public Hashtable ParseObject(string json)
        {
            if (json == null || json.Length == 0)
            {
                return null;
            }

            try
            {
                return JsonConvert.DeserializeObject(json, typeof(Hashtable)) as Hashtable;
            }
            catch (Exception)
            {
                // DeserializationException for malformed text, and OutOfMemoryException or worse from deep input.
                return null;
            }
        }
    }
}
