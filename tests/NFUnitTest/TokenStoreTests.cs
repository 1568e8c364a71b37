using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Tokens;
using nanoFramework.TestFramework;

namespace NFUnitTest
{
    /// <summary>
    /// The two-slot token store through IStorage on the board's runtime: what one boot saves, the next boot loads;
    /// a damaged newest slot falls back to the older one; another client's record is not used.
    /// </summary>
    [TestClass]
    public class TokenStoreTests
    {
        private const string Identity = "https://id.example/token nf-test";

        private static TokenSet Tokens(string access)
        {
            return new TokenSet(access, "rt-" + access, "Bearer", "openid offline_access", new TokenExpiry(ExpiryKind.Utc, 1795000000L));
        }

        private static TokenStore Boot(MemoryStorage flash)
        {
            return new TokenStore(flash, Identity, new QuietLog());
        }

        /// <summary>A boot that loads, then saves each access token's set in turn.</summary>
        private static TokenStore Saving(MemoryStorage flash, params string[] accessTokens)
        {
            TokenStore store = Boot(flash);
            store.Load();
            for (int i = 0; i < accessTokens.Length; i++)
            {
                Assert.IsTrue(store.Save(Tokens(accessTokens[i])) == StorageResult.Ok);
            }

            return store;
        }

        [TestMethod]
        public static void Saved_tokens_come_back_on_the_next_boot()
        {
            MemoryStorage flash = new MemoryStorage();
            Assert.IsNull(Boot(flash).Load());

            Saving(flash, "at-1");

            TokenStore next = Boot(flash);
            Assert.IsTrue(Tokens("at-1").SameAs(next.Load()));
            Assert.IsTrue(Tokens("at-1").SameAs(next.Current));
        }

        [TestMethod]
        public static void Writes_alternate_slots_and_the_newest_wins()
        {
            MemoryStorage flash = new MemoryStorage();
            TokenStore store = Saving(flash, "at-1");
            Assert.IsTrue(flash.Has(TokenStore.SlotA));
            Assert.IsFalse(flash.Has(TokenStore.SlotB));

            store.Save(Tokens("at-2"));
            Assert.IsTrue(flash.Has(TokenStore.SlotB));
            Assert.AreEqual("at-2", Boot(flash).Load().AccessToken);

            store.Save(Tokens("at-3"));
            Assert.AreEqual("at-3", Boot(flash).Load().AccessToken);
        }

        [TestMethod]
        public static void A_torn_newest_slot_falls_back_to_the_older_record()
        {
            MemoryStorage flash = new MemoryStorage();
            Saving(flash, "at-1", "at-2");
            byte[] newest = flash.Raw(TokenStore.SlotB);
            newest[newest.Length - 3] ^= 0x01;

            QuietLog log = new QuietLog();
            TokenStore next = new TokenStore(flash, Identity, log);
            Assert.AreEqual("at-1", next.Load().AccessToken);
            Assert.IsNotNull(log.LastWarning);
        }

        [TestMethod]
        public static void Another_clients_tokens_are_not_used()
        {
            MemoryStorage flash = new MemoryStorage();
            Saving(flash, "at-1");

            Assert.IsNull(new TokenStore(flash, "https://other.example/token nf-test", new QuietLog()).Load());
        }

        [TestMethod]
        public static void Clear_removes_both_slots()
        {
            MemoryStorage flash = new MemoryStorage();
            TokenStore store = Saving(flash, "at-1", "at-2");

            Assert.IsTrue(store.Clear() == StorageResult.Ok);
            Assert.IsNull(store.Current);
            Assert.IsFalse(flash.Has(TokenStore.SlotA));
            Assert.IsFalse(flash.Has(TokenStore.SlotB));
            Assert.IsNull(Boot(flash).Load());
        }

        [TestMethod]
        public static void A_full_partition_keeps_the_tokens_in_RAM()
        {
            MemoryStorage flash = new MemoryStorage();
            flash.Refuse(StorageResult.Full);
            TokenStore store = Boot(flash);
            store.Load();

            Assert.IsTrue(store.Save(Tokens("at-1")) == StorageResult.Full);
            Assert.IsTrue(store.Health == StorageResult.Full);
            Assert.AreEqual("at-1", store.Current.AccessToken);
            Assert.IsNull(Boot(flash).Load());
        }
    }
}
