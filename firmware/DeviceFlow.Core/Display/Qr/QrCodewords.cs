namespace DeviceFlow.Core.Display
{
    /// <summary>
    /// Builds the final codeword sequence of one symbol: its segments, terminator and padding
    /// (ISO/IEC 18004 §7.4), split into blocks with their Reed–Solomon codewords and interleaved (§7.6).
    /// </summary>
    internal static class QrCodewords
    {
        /// <summary>The segments must fit: the caller checked <see cref="DataBits"/> against the version's capacity.</summary>
        public static byte[] Build(QrSegment[] segments, int version, QrErrorCorrection level)
        {
            int dataLength = QrTables.DataCodewords(version, level);
            byte[] data = new byte[dataLength];
            int bit = 0;
            for (int i = 0; i < segments.Length; i++)
            {
                bit = segments[i].Append(data, bit, version);
            }

            int terminator = dataLength * 8 - bit;
            bit += terminator < 4 ? terminator : 4;
            int next = (bit + 7) / 8;
            for (int i = next; i < dataLength; i++)
            {
                data[i] = (byte)(((i - next) & 1) == 0 ? 0xEC : 0x11);
            }

            return Interleave(data, version, level);
        }

        /// <summary>Bits the segments take at this version (the count fields grow at version 10).</summary>
        public static int DataBits(QrSegment[] segments, int version)
        {
            int bits = 0;
            for (int i = 0; i < segments.Length; i++)
            {
                bits += segments[i].Bits(version);
            }

            return bits;
        }

        /// <summary>Short blocks come first; long ones hold one more data codeword (§7.5.2, Table 9).</summary>
        private static byte[] Interleave(byte[] data, int version, QrErrorCorrection level)
        {
            int blocks = QrTables.Blocks(version, level);
            int ecLength = QrTables.EcPerBlock(version, level);
            int shortLength = data.Length / blocks;
            int longBlocks = data.Length % blocks;
            int shortBlocks = blocks - longBlocks;
            byte[] generator = QrReedSolomon.Generator(ecLength);
            byte[] ec = new byte[blocks * ecLength];
            byte[] result = new byte[QrTables.Total(version)];

            int offset = 0;
            for (int b = 0; b < blocks; b++)
            {
                int length = shortLength + (b < shortBlocks ? 0 : 1);
                QrReedSolomon.Remainder(data, offset, length, generator, ec, b * ecLength);
                offset += length;
            }

            int n = 0;
            for (int i = 0; i <= shortLength; i++)
            {
                for (int b = 0; b < blocks; b++)
                {
                    if (i < shortLength || b >= shortBlocks)
                    {
                        result[n++] = data[BlockStart(b, shortLength, shortBlocks) + i];
                    }
                }
            }

            for (int i = 0; i < ecLength; i++)
            {
                for (int b = 0; b < blocks; b++)
                {
                    result[n++] = ec[b * ecLength + i];
                }
            }

            return result;
        }

        private static int BlockStart(int block, int shortLength, int shortBlocks)
        {
            return block * shortLength + (block > shortBlocks ? block - shortBlocks : 0);
        }
    }
}
