using System.Linq;
using System.Text;
using DeviceFlow.Core.Tokens;
using DeviceFlow.Testing;

namespace DeviceFlow.Tokens.Tests;

public class TokenRecordTests
{
    private const string Identity = "https://as.example.com/token sensor-firmware";

    [Theory]
    [InlineData("")]
    [InlineData("123456789")]
    [InlineData("The quick brown fox jumps over the lazy dog")]
    public void Crc32_matches_System_IO_Hashing(string text)
    {
        byte[] data = Encoding.ASCII.GetBytes(text);
        Assert.Equal(System.IO.Hashing.Crc32.HashToUInt32(data), Crc32.Compute(data, 0, data.Length));
    }

    [Fact]
    public void Crc32_of_the_standard_check_string_is_CBF43926()
    {
        byte[] data = Encoding.ASCII.GetBytes("123456789");
        Assert.Equal(0xCBF43926u, Crc32.Compute(data, 0, data.Length));
    }

    [Fact]
    public void A_record_round_trips_every_field()
    {
        var tokens = new TokenSet("at-é-\u00fc", null, "bearer", null, new TokenExpiry(ExpiryKind.SinceBoot, 123_456_789_012));
        var decoded = TokenRecord.Decode(new TokenRecord(uint.MaxValue, Identity, tokens).Encode(), out string? problem);

        Assert.Null(problem);
        Assert.Equal(uint.MaxValue, decoded.Sequence);
        Assert.Equal(Identity, decoded.Identity);
        Assert.True(tokens.SameAs(decoded.Tokens));
    }

    [Fact]
    public void Any_flipped_bit_is_rejected_with_a_reason()
    {
        byte[] data = new TokenRecord(7, Identity, Tokens.Set(1, 50, 50)).Encode();
        for (int i = 0; i < data.Length; i++)
        {
            for (int bit = 0; bit < 8; bit++)
            {
                byte[] corrupted = (byte[])data.Clone();
                corrupted[i] ^= (byte)(1 << bit);
                Assert.Null(TokenRecord.Decode(corrupted, out string? problem));
                Assert.Contains("CRC", problem);
            }
        }
    }

    [Fact]
    public void An_unknown_version_is_rejected_even_with_a_good_CRC()
    {
        byte[] data = new TokenRecord(7, Identity, Tokens.Set(1, 50, 50)).Encode();
        data[4] = 2;
        Reseal(data);

        Assert.Null(TokenRecord.Decode(data, out string? problem));
        Assert.Equal("unknown record version 2", problem);
    }

    [Fact]
    public void A_field_length_running_past_the_record_is_rejected_not_thrown()
    {
        byte[] data = new TokenRecord(7, Identity, Tokens.Set(1, 50, 50)).Encode();
        data[18] = 0xFF;
        data[19] = 0xFF;
        Reseal(data);

        Assert.Null(TokenRecord.Decode(data, out string? problem));
        Assert.Equal("field runs past the record", problem);
    }

    [Fact]
    public void The_store_takes_the_older_slot_when_the_newest_is_corrupted_and_logs_why()
    {
        var storage = new MemoryStorage();
        var log = new RecordingLog();
        var store = new TokenStore(storage, Identity, log);
        store.Load();
        store.Save(Tokens.Set(1, 40, 40));
        store.Save(Tokens.Set(2, 40, 40));
        storage.Put(TokenStore.SlotB, Flip(storage.Read(TokenStore.SlotB)!, 30));

        var loaded = new TokenStore(storage, Identity, log).Load();

        Assert.True(Tokens.Set(1, 40, 40).SameAs(loaded));
        Assert.Contains(log.Lines, line => line.Contains("slot tokens.b rejected: CRC mismatch"));
    }

    [Fact]
    public void A_record_of_another_client_is_ignored_with_a_logged_reason()
    {
        var storage = new MemoryStorage();
        var other = new TokenStore(storage, TokenStore.IdentityOf("https://as.example.com/token", "another-client"), new RecordingLog());
        other.Load();
        other.Save(Tokens.Set(1, 40, 40));
        var log = new RecordingLog();

        var loaded = new TokenStore(storage, TokenStore.IdentityOf("https://as.example.com/token", "sensor-firmware"), log).Load();

        Assert.Null(loaded);
        Assert.Contains(log.Lines, line => line.StartsWith("warn: ") && line.Contains("another issuer or client"));
    }

    [Fact]
    public void A_record_of_another_issuer_is_ignored()
    {
        var storage = new MemoryStorage();
        var other = new TokenStore(storage, TokenStore.IdentityOf("https://other.example.com/token", "sensor-firmware"), new RecordingLog());
        other.Load();
        other.Save(Tokens.Set(1, 40, 40));

        Assert.Null(new TokenStore(storage, TokenStore.IdentityOf("https://as.example.com/token", "sensor-firmware"), new RecordingLog()).Load());
    }

    [Fact]
    public void A_boot_relative_expiry_is_unknowable_after_a_reboot()
    {
        var storage = new MemoryStorage();
        var store = new TokenStore(storage, Identity, new RecordingLog());
        store.Load();
        store.Save(new TokenSet("at", "rt", "Bearer", null, new TokenExpiry(ExpiryKind.SinceBoot, 5000)));

        var loaded = new TokenStore(storage, Identity, new RecordingLog()).Load();

        Assert.Equal(ExpiryKind.Unknowable, loaded!.Expiry.Kind);
        Assert.Equal(TokenFreshness.RefreshDue, loaded.Expiry.Freshness(new VirtualTime(), 60));
    }

    [Fact]
    public void The_newest_record_wins_across_the_sequence_wrap()
    {
        var storage = new MemoryStorage();
        storage.Put(TokenStore.SlotA, new TokenRecord(uint.MaxValue, Identity, Tokens.Set(1, 40, 40)).Encode());
        storage.Put(TokenStore.SlotB, new TokenRecord(0, Identity, Tokens.Set(2, 40, 40)).Encode());
        var store = new TokenStore(storage, Identity, new RecordingLog());

        Assert.True(Tokens.Set(2, 40, 40).SameAs(store.Load()));
        store.Save(Tokens.Set(3, 40, 40));
        Assert.Equal(TokenStore.SlotA, storage.Steps.Single().Name);
        Assert.True(Tokens.Set(3, 40, 40).SameAs(new TokenStore(storage, Identity, new RecordingLog()).Load()));
    }

    [Fact]
    public void A_token_too_long_for_the_record_is_a_reported_failure_kept_in_RAM()
    {
        var storage = new MemoryStorage();
        var log = new RecordingLog();
        var store = new TokenStore(storage, Identity, log);
        store.Load();
        var huge = Tokens.Set(1, 70_000, 40);

        Assert.Equal(DeviceFlow.Core.Ports.StorageResult.Failed, store.Save(huge));

        Assert.Same(huge, store.Current);
        Assert.Empty(storage.Steps);
        Assert.Contains(log.Lines, line => line.Contains("longer than a record can hold"));
    }

    private static byte[] Flip(byte[] data, int index)
    {
        data[index] ^= 0x01;
        return data;
    }

    private static void Reseal(byte[] data)
    {
        uint crc = Crc32.Compute(data, 0, data.Length - 4);
        for (int i = 0; i < 4; i++)
        {
            data[data.Length - 4 + i] = (byte)(crc >> (8 * i));
        }
    }
}
