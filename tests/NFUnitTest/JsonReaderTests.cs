using DeviceFlow.Core.Config;
using DeviceFlow.Core.Json;
using nanoFramework.TestFramework;

namespace NFUnitTest
{
    /// <summary>
    /// The core's JSON reader on the device runtime, one test per trap nanoFramework.Json fell into on the real
    /// nanoCLR (reference §12): the same sources run on the host through tests/NFUnitTest.Host.
    /// </summary>
    [TestClass]
    public class JsonReaderTests
    {
        [TestMethod]
        public static void A_date_like_string_of_18_or_more_characters_stays_a_string()
        {
            JsonTree tree = Parse("{\"device_code\":\"2025-01-01T12:00:00Z\",\"access_token\":\"20250101T120000_abcdef\"}");

            Assert.AreEqual("2025-01-01T12:00:00Z", tree.GetString(tree.Find(JsonTree.Root, "device_code")));
            Assert.AreEqual("20250101T120000_abcdef", tree.GetString(tree.Find(JsonTree.Root, "access_token")));
        }

        [TestMethod]
        public static void An_escaped_slash_is_a_slash()
        {
            JsonTree tree = Parse("{\"verification_uri\":\"https:\\/\\/id.example\\/device\"}");

            Assert.AreEqual("https://id.example/device", tree.GetString(tree.Find(JsonTree.Root, "verification_uri")));
        }

        [TestMethod]
        public static void A_unicode_escape_with_hex_letters_decodes()
        {
            JsonTree tree = Parse("[\"caf\\u00e9\",\"caf\\u00E9\"]");
            int first = tree.FirstItem(JsonTree.Root);

            Assert.AreEqual("caf\u00e9", tree.GetString(first));
            Assert.AreEqual("caf\u00e9", tree.GetString(tree.NextItem(JsonTree.Root, first)));
        }

        [TestMethod]
        public static void An_escaped_surrogate_pair_decodes_to_both_halves()
        {
            string text = Parse("\"\\uD83D\\uDE00\"").GetString(JsonTree.Root);

            Assert.AreEqual(2, text.Length);
            Assert.AreEqual(0xD83D, text[0]);
            Assert.AreEqual(0xDE00, text[1]);
        }

        [TestMethod]
        public static void A_raw_four_byte_character_is_kept()
        {
            string text = Parse("\"\uD83D\uDE00\"").GetString(JsonTree.Root);

            Assert.AreEqual("\uD83D\uDE00", text);
        }

        [TestMethod]
        public static void A_lone_surrogate_escape_is_refused()
        {
            Refused("\"\\uD83D\"", "JSON: lone surrogate \\uD83D at 1");
        }

        [TestMethod]
        public static void Nested_arrays_are_read()
        {
            JsonTree tree = Parse("{\"a\":[[1,2],[3,[4]]]}");
            int outer = tree.Find(JsonTree.Root, "a");
            int second = tree.NextItem(outer, tree.FirstItem(outer));
            int innermost = tree.NextItem(second, tree.FirstItem(second));
            int four;

            Assert.IsTrue(tree.TryGetInt32(tree.FirstItem(innermost), out four));
            Assert.AreEqual(4, four);
        }

        [TestMethod]
        public static void A_duplicate_member_is_refused_with_its_name_and_offset()
        {
            Refused("{\"interval\":5,\"interval\":10}", "JSON: duplicate member \"interval\" at 14");
        }

        [TestMethod]
        public static void An_integer_past_int64_is_refused_not_widened()
        {
            Refused("{\"n\":9223372036854775808}", "JSON: number out of range at 5");
        }

        [TestMethod]
        public static void An_integer_past_uint64_is_refused()
        {
            Refused("{\"n\":18446744073709551616}", "JSON: number out of range at 5");
        }

        [TestMethod]
        public static void A_number_past_double_is_refused()
        {
            Refused("{\"n\":1e309}", "JSON: number out of range at 5");
        }

        [TestMethod]
        public static void Int64_and_double_keep_their_values()
        {
            JsonTree tree = Parse("[9223372036854775807,1.5,25e-1]");
            int first = tree.FirstItem(JsonTree.Root);
            int second = tree.NextItem(JsonTree.Root, first);
            long max;
            double half;
            double twoAndHalf;

            Assert.IsTrue(tree.TryGetInt64(first, out max));
            Assert.AreEqual(9223372036854775807L, max);
            Assert.IsTrue(tree.TryGetDouble(second, out half) && half == 1.5);
            Assert.IsTrue(tree.TryGetDouble(tree.NextItem(JsonTree.Root, second), out twoAndHalf) && twoAndHalf == 2.5);
        }

        [TestMethod]
        public static void A_leading_byte_order_mark_is_skipped()
        {
            JsonTree tree = Parse("\uFEFF{\"interval\":5}");
            int interval;

            Assert.IsTrue(tree.TryGetInt32(tree.Find(JsonTree.Root, "interval"), out interval));
            Assert.AreEqual(5, interval);
        }

        [TestMethod]
        public static void Single_quotes_are_refused()
        {
            Refused("{'error':'slow_down'}", "JSON: expected a member name at 1");
        }

        [TestMethod]
        public static void Nesting_deeper_than_the_limit_is_refused()
        {
            Refused("[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]", "JSON: nesting deeper than 16 at 16");
        }

        [TestMethod]
        public static void An_unescaped_control_character_is_refused()
        {
            Refused("\"a\nb\"", "JSON: control character U+000A in a string at 2");
        }

        [TestMethod]
        public static void Trailing_characters_are_refused()
        {
            Refused("{}x", "JSON: trailing characters at 2");
        }

        [TestMethod]
        public static void Config_json_saved_with_a_byte_order_mark_parses()
        {
            string error;
            DeviceConfig config = DeviceConfigParser.Parse("\uFEFF{\"provider\":\"github\",\"client_id\":\"Iv1.x\",\"oled\":{\"sda\":4,\"scl\":15}}", out error);

            Assert.IsNull(error);
            Assert.IsNotNull(config);
            Assert.AreEqual("Iv1.x", config.Settings.ClientId);
            Assert.AreEqual(4, config.SdaPin);
        }

        private static JsonTree Parse(string text)
        {
            string error;
            JsonTree tree = JsonTree.Parse(text, out error);
            Assert.IsNull(error);
            Assert.IsNotNull(tree);
            return tree;
        }

        private static void Refused(string text, string message)
        {
            string error;
            Assert.IsNull(JsonTree.Parse(text, out error));
            Assert.AreEqual(message, error);
        }
    }
}
