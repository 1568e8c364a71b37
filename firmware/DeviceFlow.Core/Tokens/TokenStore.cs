using DeviceFlow.Core.Ports;

namespace DeviceFlow.Core.Tokens
{
    /// <summary>
    /// Keeps the token record in two slots so a power cut never loses the binding: each write goes to the slot
    /// NOT holding the current record, with the next sequence number, and boot takes the valid record with the
    /// newest sequence. A torn write only ever damages the slot being written, which the CRC rejects.
    /// The RAM copy (<see cref="Current"/>) is what the device uses; when flash fails it carries on for this boot.
    /// </summary>
    public sealed class TokenStore
    {
        /// <summary>Our only blobs: a reset deletes these and nothing else (I:\ also holds the network config).</summary>
        public const string SlotA = "tokens.a";
        public const string SlotB = "tokens.b";

        private readonly IStorage _storage;
        private readonly string _identity;
        private readonly ILog _log;

        /// <summary>Index (0 = A, 1 = B) of the slot holding the newest valid record, or -1.</summary>
        private int _newestSlot = -1;
        private uint _sequence;

        public TokenStore(IStorage storage, string identity, ILog log)
        {
            _storage = storage;
            _identity = identity;
            _log = log;
        }

        /// <summary>The tokens in use, or null when the device is not paired.</summary>
        public TokenSet Current { get; private set; }

        /// <summary>The last write's outcome: anything but Ok means the tokens live in RAM only (the screen says so).</summary>
        public StorageResult Health { get; private set; }

        /// <summary>The issuer/client identity a configuration stamps on its records (token endpoint + client_id).</summary>
        public static string IdentityOf(string tokenUrl, string clientId)
        {
            return tokenUrl + " " + clientId;
        }

        /// <summary>Reads both slots and adopts the newest valid record; returns the tokens, or null.</summary>
        public TokenSet Load()
        {
            TokenRecord a = ReadSlot(0);
            TokenRecord b = ReadSlot(1);
            TokenRecord newest = a;
            _newestSlot = a == null ? -1 : 0;
            if (b != null && (a == null || IsNewer(b.Sequence, a.Sequence)))
            {
                newest = b;
                _newestSlot = 1;
            }

            Current = null;
            _sequence = newest == null ? 0 : newest.Sequence;
            if (newest == null)
            {
                _log.Info("tokens: none stored");
                return null;
            }

            if (newest.Identity != _identity)
            {
                // A configuration for another provider or client must not reuse these (and they are not deleted:
                // the next pairing overwrites them slot by slot).
                _log.Warn("tokens: stored tokens belong to another issuer or client; ignored");
                return null;
            }

            Current = newest.Tokens.WithExpiry(newest.Tokens.Expiry.AfterReboot());
            _log.Info("tokens: loaded (record " + newest.Sequence + ")");
            return Current;
        }

        /// <summary>Adopts <paramref name="tokens"/> and writes them unless flash already holds exactly these.</summary>
        public StorageResult Save(TokenSet tokens)
        {
            if (tokens.SameAs(Current) && Health == StorageResult.Ok)
            {
                return StorageResult.Ok;
            }

            Current = tokens;
            return Report(WriteNext(tokens), "saved");
        }

        /// <summary>
        /// Forgets the tokens: the older slot goes first, so a power cut between the two deletes leaves the current
        /// record (the reset did not happen) and never brings an older refresh token back to life.
        /// </summary>
        public StorageResult Clear()
        {
            Current = null;
            int newest = _newestSlot < 0 ? 0 : _newestSlot;
            StorageResult result = _storage.Delete(SlotName(1 - newest));
            if (result == StorageResult.Ok)
            {
                result = _storage.Delete(SlotName(newest));
            }

            if (result == StorageResult.Ok)
            {
                _newestSlot = -1;
                _sequence = 0;
            }

            return Report(result, "cleared");
        }

        private StorageResult WriteNext(TokenSet tokens)
        {
            int target = _newestSlot == 0 ? 1 : 0;
            uint sequence = _sequence + 1;
            byte[] record = new TokenRecord(sequence, _identity, tokens).Encode();
            if (record == null)
            {
                _log.Warn("tokens: a token is longer than a record can hold (64 KB)");
                return StorageResult.Failed;
            }

            StorageResult result = _storage.Write(SlotName(target), record);
            if (result == StorageResult.Ok)
            {
                _newestSlot = target;
                _sequence = sequence;
            }

            return result;
        }

        private StorageResult Report(StorageResult result, string what)
        {
            Health = result;
            if (result == StorageResult.Ok)
            {
                _log.Info("tokens: " + what + " (record " + _sequence + ")");
            }
            else
            {
                _log.Warn("tokens: flash write failed (" + (result == StorageResult.Full ? "storage full" : "I/O error") + "); tokens kept in RAM for this boot");
            }

            return result;
        }

        private TokenRecord ReadSlot(int slot)
        {
            byte[] data = _storage.Read(SlotName(slot));
            if (data == null)
            {
                return null;
            }

            string problem;
            TokenRecord record = TokenRecord.Decode(data, out problem);
            if (record == null)
            {
                _log.Warn("tokens: slot " + SlotName(slot) + " rejected: " + problem);
            }

            return record;
        }

        /// <summary>Serial-number comparison (RFC 1982 style), so wrapping past 2^32 writes still orders correctly.</summary>
        private static bool IsNewer(uint candidate, uint current)
        {
            return (int)(candidate - current) > 0;
        }

        private static string SlotName(int slot)
        {
            return slot == 1 ? SlotB : SlotA;
        }
    }
}
