namespace DeviceFlow.Core.Display
{
    /// <summary>
    /// Splits a text into alphanumeric and byte segments with the fewest bits (the shortest-path idea of ISO/IEC 18004
    /// Annex J, over two modes): each character either continues the current segment or opens one in the other mode,
    /// which costs a mode indicator and a count. Costs are in half bits, so an alphanumeric character is 11.
    /// </summary>
    internal static class QrSegmentation
    {
        private const int Unreachable = int.MaxValue / 4;

        public static QrSegment[] Split(string text, int version)
        {
            int n = text.Length;
            if (n == 0)
            {
                return new QrSegment[] { QrSegment.Bytes(new byte[0]) };
            }

            int alnumHeader = 2 * (4 + QrSegment.CountBits(QrSegment.AlphanumericMode, version));
            int byteHeader = 2 * (4 + QrSegment.CountBits(QrSegment.ByteMode, version));

            // alnumCost[i]: fewest half bits for text[0..i) ending in an alphanumeric segment; byteCost likewise.
            // cameFromAlnum: for the state at i + 1, whether the step from i started in the alphanumeric state.
            int[] alnumCost = new int[n + 1];
            int[] byteCost = new int[n + 1];
            bool[] alnumFromAlnum = new bool[n + 1];
            bool[] byteFromAlnum = new bool[n + 1];
            alnumCost[0] = alnumHeader;
            byteCost[0] = byteHeader;
            for (int i = 0; i < n; i++)
            {
                int viaByte = byteCost[i] + 16 * Utf8Length(text[i]);
                int switchToByte = alnumCost[i] + byteHeader + 16 * Utf8Length(text[i]);
                byteFromAlnum[i + 1] = switchToByte < viaByte;
                byteCost[i + 1] = byteFromAlnum[i + 1] ? switchToByte : viaByte;

                if (!QrSegment.IsAlphanumeric(text[i]))
                {
                    alnumCost[i + 1] = Unreachable;
                    continue;
                }

                int stay = alnumCost[i] + 11;
                int switchToAlnum = byteCost[i] + alnumHeader + 11;
                alnumFromAlnum[i + 1] = stay <= switchToAlnum;
                alnumCost[i + 1] = alnumFromAlnum[i + 1] ? stay : switchToAlnum;
            }

            return Collect(text, alnumCost[n] <= byteCost[n], alnumFromAlnum, byteFromAlnum);
        }

        /// <summary>Walks the choices back from the end and turns each run of one mode into a segment.</summary>
        private static QrSegment[] Collect(string text, bool endsAlnum, bool[] alnumFromAlnum, bool[] byteFromAlnum)
        {
            int n = text.Length;
            bool[] isAlnum = new bool[n];
            bool alnum = endsAlnum;
            int runs = 1;
            for (int i = n; i > 0; i--)
            {
                isAlnum[i - 1] = alnum;
                bool previous = alnum ? alnumFromAlnum[i] : byteFromAlnum[i];
                if (i > 1 && previous != alnum)
                {
                    runs++;
                }

                alnum = previous;
            }

            QrSegment[] segments = new QrSegment[runs];
            int start = 0;
            for (int s = 0; s < runs; s++)
            {
                int end = start + 1;
                while (end < n && isAlnum[end] == isAlnum[start])
                {
                    end++;
                }

                segments[s] = QrSegment.Of(text, start, end - start, isAlnum[start]);
                start = end;
            }

            return segments;
        }

        /// <summary>UTF-8 bytes of one UTF-16 unit; each half of a surrogate pair counts 2 of the pair's 4.</summary>
        private static int Utf8Length(char c)
        {
            if (c < 0x80)
            {
                return 1;
            }

            if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))
            {
                return 2;
            }

            return 3;
        }
    }
}
