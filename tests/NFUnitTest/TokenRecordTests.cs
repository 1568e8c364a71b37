using DeviceFlow.Core.Tokens;
using nanoFramework.TestFramework;

namespace NFUnitTest
{
    /// <summary>
    /// The flash record on the board's own runtime: the encoding uses nanoFramework's UTF-8, BitConverter-free
    /// byte packing and CRC-32, which the host compiles from the same files but does not run the same way.
    /// </summary>
    [TestClass]
    public class TokenRecordTests
    {
        private static TokenRecord Sample()
        {
            TokenSet tokens = new TokenSet("at-äöü-€", "rt-123", "Bearer", "openid offline_access", new TokenExpiry(ExpiryKind.Utc, 638000000000000000L));
            return new TokenRecord(42u, "https://id.example/token|sensor", tokens);
        }

        [TestMethod]
        public static void A_record_round_trips()
        {
            TokenRecord original = Sample();
            string problem;
            TokenRecord decoded = TokenRecord.Decode(original.Encode(), out problem);

            Assert.IsNull(problem);
            Assert.IsNotNull(decoded);
            Assert.AreEqual(42L, (long)decoded.Sequence);
            Assert.AreEqual(original.Identity, decoded.Identity);
            Assert.IsTrue(decoded.Tokens.SameAs(original.Tokens));
        }

        [TestMethod]
        public static void A_flipped_byte_is_refused()
        {
            byte[] data = Sample().Encode();
            data[data.Length / 2] ^= 0x40;
            string problem;

            Assert.IsNull(TokenRecord.Decode(data, out problem));
            Assert.IsNotNull(problem);
        }

        [TestMethod]
        public static void A_torn_write_is_refused()
        {
            byte[] full = Sample().Encode();
            byte[] torn = new byte[full.Length - 7];
            System.Array.Copy(full, torn, torn.Length);
            string problem;

            Assert.IsNull(TokenRecord.Decode(torn, out problem));
        }
    }
}
