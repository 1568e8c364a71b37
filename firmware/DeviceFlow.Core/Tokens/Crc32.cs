namespace DeviceFlow.Core.Tokens
{
    /// <summary>
    /// CRC-32 as in IEEE 802.3 / zlib (reflected polynomial 0xEDB88320, init and final XOR 0xFFFFFFFF; check value
    /// of "123456789" is 0xCBF43926). Bit by bit rather than with a 1 KB table: records are a few hundred bytes,
    /// read once per boot, and the heap is ~100 KB. It detects torn writes and bit rot, not tampering.
    /// </summary>
    public static class Crc32
    {
        private const uint ReflectedPolynomial = 0xEDB88320;

        public static uint Compute(byte[] data, int offset, int count)
        {
            uint crc = 0xFFFFFFFF;
            for (int i = offset; i < offset + count; i++)
            {
                crc ^= data[i];
                for (int bit = 0; bit < 8; bit++)
                {
                    crc = (crc & 1) != 0 ? (crc >> 1) ^ ReflectedPolynomial : crc >> 1;
                }
            }

            return ~crc;
        }
    }
}
