using System.Text;

namespace DeviceFlow.Core.Display
{
    /// <summary>
    /// One run of a symbol's data in one mode (ISO/IEC 18004 §7.4): alphanumeric (§7.4.4: 45 characters, two in 11
    /// bits) or byte (§7.4.5: UTF-8 bytes, 8 bits each). A URL's upper-cased scheme and host fit the alphanumeric set,
    /// and a byte run carries the rest, so a URL can need a smaller version than in byte mode alone.
    /// </summary>
    internal sealed class QrSegment
    {
        public const int AlphanumericMode = 0x2;
        public const int ByteMode = 0x4;

        /// <summary>The alphanumeric character set in value order (§7.4.4 Table 5).</summary>
        private const string Alphanumerics = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

        private readonly byte[] _data;

        private QrSegment(int mode, byte[] data)
        {
            Mode = mode;
            _data = data;
        }

        public int Mode { get; }

        /// <summary>Characters (alphanumeric) or bytes (byte mode): the character count indicator's value.</summary>
        public int Count
        {
            get { return _data.Length; }
        }

        public static bool IsAlphanumeric(char c)
        {
            return Alphanumerics.IndexOf(c) >= 0;
        }

        public static QrSegment Bytes(byte[] payload)
        {
            return new QrSegment(ByteMode, payload);
        }

        /// <summary>text[start..start+length) as one segment; alphanumeric only when every character is in the set.</summary>
        public static QrSegment Of(string text, int start, int length, bool alphanumeric)
        {
            string part = text.Substring(start, length);
            if (!alphanumeric)
            {
                return new QrSegment(ByteMode, Encoding.UTF8.GetBytes(part));
            }

            byte[] values = new byte[length];
            for (int i = 0; i < length; i++)
            {
                values[i] = (byte)Alphanumerics.IndexOf(part[i]);
            }

            return new QrSegment(AlphanumericMode, values);
        }

        /// <summary>Bits of the character count indicator (§7.4.1 Table 3), versions 1–26.</summary>
        public static int CountBits(int mode, int version)
        {
            if (mode == AlphanumericMode)
            {
                return version < 10 ? 9 : 11;
            }

            return version < 10 ? 8 : 16;
        }

        /// <summary>Mode indicator, count and data: pairs of alphanumerics take 11 bits, a last odd one 6.</summary>
        public int Bits(int version)
        {
            int data = Mode == AlphanumericMode ? (_data.Length / 2) * 11 + (_data.Length % 2) * 6 : _data.Length * 8;
            return 4 + CountBits(Mode, version) + data;
        }

        /// <summary>Writes the segment at bit position <paramref name="bit"/> of data; returns the position after it.</summary>
        public int Append(byte[] data, int bit, int version)
        {
            bit = AppendBits(data, bit, Mode, 4);
            bit = AppendBits(data, bit, _data.Length, CountBits(Mode, version));
            if (Mode == ByteMode)
            {
                for (int i = 0; i < _data.Length; i++)
                {
                    bit = AppendBits(data, bit, _data[i], 8);
                }

                return bit;
            }

            int pair = 0;
            for (; pair + 1 < _data.Length; pair += 2)
            {
                bit = AppendBits(data, bit, _data[pair] * 45 + _data[pair + 1], 11);
            }

            return pair < _data.Length ? AppendBits(data, bit, _data[pair], 6) : bit;
        }

        public static int AppendBits(byte[] data, int bit, int value, int length)
        {
            for (int i = length - 1; i >= 0; i--)
            {
                if (((value >> i) & 1) != 0)
                {
                    data[bit >> 3] |= (byte)(0x80 >> (bit & 7));
                }

                bit++;
            }

            return bit;
        }
    }
}
