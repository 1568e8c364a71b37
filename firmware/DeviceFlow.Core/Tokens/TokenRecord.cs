using System.Text;

namespace DeviceFlow.Core.Tokens
{
    /// <summary>
    /// One slot's content: a versioned, CRC-protected binary record (layout in README, "Tokens in flash").
    /// All integers little-endian; strings are a 16-bit byte length then UTF-8, length 0 meaning absent.
    /// </summary>
    public sealed class TokenRecord
    {
        public const byte CurrentVersion = 1;

        /// <summary>Magic + version + flags + sequence + expiry.</summary>
        private const int HeaderLength = 4 + 1 + 1 + 4 + 8;
        private const int CrcLength = 4;
        private const int MaxFieldBytes = 0xFFFF;
        private const byte LastExpiryKind = (byte)ExpiryKind.Unknowable;
        private static readonly byte[] Magic = new byte[] { (byte)'D', (byte)'F', (byte)'T', (byte)'K' };

        public TokenRecord(uint sequence, string identity, TokenSet tokens)
        {
            Sequence = sequence;
            Identity = identity;
            Tokens = tokens;
        }

        /// <summary>Grows by one per write; the valid record with the newest sequence wins.</summary>
        public uint Sequence { get; }

        /// <summary>Token endpoint + client_id the tokens were issued for; not a secret.</summary>
        public string Identity { get; }

        public TokenSet Tokens { get; }

        /// <summary>The record's bytes, or null when a field is longer than its 16-bit length can say.</summary>
        public byte[] Encode()
        {
            TokenSet tokens = Tokens;
            byte[][] strings = new byte[][]
            {
                Utf8(Identity),
                Utf8(tokens.TokenType),
                Utf8(tokens.Scope),
                Utf8(tokens.AccessToken),
                Utf8(tokens.RefreshToken),
            };
            int length = HeaderLength + CrcLength;
            for (int i = 0; i < strings.Length; i++)
            {
                if (strings[i].Length > MaxFieldBytes)
                {
                    return null;
                }

                length += 2 + strings[i].Length;
            }

            byte[] data = new byte[length];
            Magic.CopyTo(data, 0);
            data[4] = CurrentVersion;
            data[5] = (byte)tokens.Expiry.Kind;
            WriteUInt32(data, 6, Sequence);
            long expiry = tokens.Expiry.Value;
            WriteUInt32(data, 10, (uint)expiry);
            WriteUInt32(data, 14, (uint)(expiry >> 32));
            int offset = HeaderLength;
            for (int i = 0; i < strings.Length; i++)
            {
                data[offset] = (byte)strings[i].Length;
                data[offset + 1] = (byte)(strings[i].Length >> 8);
                strings[i].CopyTo(data, offset + 2);
                offset += 2 + strings[i].Length;
            }

            WriteUInt32(data, offset, Crc32.Compute(data, 0, offset));
            return data;
        }

        /// <summary>The record in <paramref name="data"/>, or null with a short, secret-free reason.</summary>
        public static TokenRecord Decode(byte[] data, out string problem)
        {
            if (data == null || data.Length < HeaderLength + CrcLength)
            {
                problem = data == null ? "empty" : "too short";
                return null;
            }

            int crcAt = data.Length - CrcLength;
            if (ReadUInt32(data, crcAt) != Crc32.Compute(data, 0, crcAt))
            {
                problem = "CRC mismatch (torn write or corrupted flash)";
                return null;
            }

            for (int i = 0; i < Magic.Length; i++)
            {
                if (data[i] != Magic[i])
                {
                    problem = "not a token record";
                    return null;
                }
            }

            if (data[4] != CurrentVersion)
            {
                problem = "unknown record version " + data[4];
                return null;
            }

            string[] strings = new string[5];
            int offset = HeaderLength;
            for (int i = 0; i < strings.Length; i++)
            {
                int count = offset + 2 <= crcAt ? data[offset] | (data[offset + 1] << 8) : -1;
                if (count < 0 || offset + 2 + count > crcAt)
                {
                    problem = "field runs past the record";
                    return null;
                }

                strings[i] = count == 0 ? null : Encoding.UTF8.GetString(data, offset + 2, count);
                offset += 2 + count;
            }

            if (offset != crcAt)
            {
                problem = "bytes after the last field";
                return null;
            }

            ExpiryKind kind = (ExpiryKind)data[5];
            long expiry = (long)ReadUInt32(data, 10) | ((long)ReadUInt32(data, 14) << 32);
            if (strings[3] == null)
            {
                problem = "no access token";
                return null;
            }

            if (data[5] > LastExpiryKind)
            {
                problem = "unknown expiry kind";
                return null;
            }

            problem = null;
            TokenSet tokens = new TokenSet(strings[3], strings[4], strings[1], strings[2], new TokenExpiry(kind, expiry));
            return new TokenRecord(ReadUInt32(data, 6), strings[0], tokens);
        }

        private static byte[] Utf8(string text)
        {
            return text == null ? new byte[0] : Encoding.UTF8.GetBytes(text);
        }

        private static void WriteUInt32(byte[] data, int offset, uint value)
        {
            data[offset] = (byte)value;
            data[offset + 1] = (byte)(value >> 8);
            data[offset + 2] = (byte)(value >> 16);
            data[offset + 3] = (byte)(value >> 24);
        }

        private static uint ReadUInt32(byte[] data, int offset)
        {
            return data[offset] | ((uint)data[offset + 1] << 8) | ((uint)data[offset + 2] << 16) | ((uint)data[offset + 3] << 24);
        }
    }
}
