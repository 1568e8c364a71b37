// Surface of nanoFramework.Json 2.2.213 (assembly nanoFramework.Json).
// Source: nanoframework/nanoFramework.Json@76f1016 (v2.2.203-5), nanoFramework.Json/.
namespace nanoFramework.Json
{
    // JsonConvert.cs L19
    public static class JsonConvert
    {
        // JsonConvert.cs L50: objects become Hashtable, arrays ArrayList, integers int/long, decimals double.
        public static object DeserializeObject(string value, System.Type type) => throw null;
    }
}
