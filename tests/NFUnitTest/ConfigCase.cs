using DeviceFlow.Core.Config;
using nanoFramework.TestFramework;

namespace NFUnitTest
{
    /// <summary>
    /// config.json through the core's JSON reader and DeviceConfigParser. Cases are written with ' for " (no escaping
    /// noise); a minimal valid file is the base that each case adds one field to.
    /// </summary>
    public static class ConfigCase
    {
        /// <summary>The least a config.json needs: a preset and a client id.</summary>
        public const string Base = "'provider':'github','client_id':'Iv1.x'";

        public static DeviceConfig Parses(string fields)
        {
            string error;
            DeviceConfig config = DeviceConfigParser.Parse(Json("{" + fields + "}"), out error);
            Assert.IsNull(error, fields);
            Assert.IsNotNull(config, fields);
            return config;
        }

        public static void Fails(string fields, string expectedError)
        {
            FailsWhole(Json("{" + fields + "}"), expectedError);
        }

        /// <summary>The whole file as given (null: no file), expected to be refused with this error.</summary>
        public static void FailsWhole(string json, string expectedError)
        {
            string error;
            DeviceConfig config = DeviceConfigParser.Parse(json, out error);
            Assert.IsNull(config, json);
            Assert.AreEqual(expectedError, error);
        }

        /// <summary>Swaps ' for " (string.Replace is not in nanoFramework's mscorlib).</summary>
        public static string Json(string singleQuoted)
        {
            char[] chars = singleQuoted.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                if (chars[i] == '\'')
                {
                    chars[i] = '"';
                }
            }

            return new string(chars);
        }
    }
}
