namespace DeviceFlow.Core.Display
{
    /// <summary>Error correction levels the encoder offers (ISO/IEC 18004 §7.5.1); the panel never needs Q or H.</summary>
    public enum QrErrorCorrection
    {
        /// <summary>Recovers about 7 %.</summary>
        Low,

        /// <summary>Recovers about 15 %.</summary>
        Medium,
    }

    /// <summary>Symbol capacities for versions 1–10 (ISO/IEC 18004 Tables 1, 9 and E.1).</summary>
    internal static class QrTables
    {
        public const int MaxVersion = 10;

        private static readonly int[] TotalCodewords = new int[] { 0, 26, 44, 70, 100, 134, 172, 196, 242, 292, 346 };
        private static readonly int[] EcPerBlockLow = new int[] { 0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18 };
        private static readonly int[] BlocksLow = new int[] { 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4 };
        private static readonly int[] EcPerBlockMedium = new int[] { 0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26 };
        private static readonly int[] BlocksMedium = new int[] { 0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5 };

        /// <summary>Alignment pattern centre coordinates per version; version 1 has none.</summary>
        private static readonly int[][] AlignmentCentres = new int[][]
        {
            new int[0],
            new int[0],
            new int[] { 6, 18 },
            new int[] { 6, 22 },
            new int[] { 6, 26 },
            new int[] { 6, 30 },
            new int[] { 6, 34 },
            new int[] { 6, 22, 38 },
            new int[] { 6, 24, 42 },
            new int[] { 6, 26, 46 },
            new int[] { 6, 28, 50 },
        };

        public static int Size(int version)
        {
            return 17 + 4 * version;
        }

        public static int Total(int version)
        {
            return TotalCodewords[version];
        }

        public static int EcPerBlock(int version, QrErrorCorrection level)
        {
            return level == QrErrorCorrection.Low ? EcPerBlockLow[version] : EcPerBlockMedium[version];
        }

        public static int Blocks(int version, QrErrorCorrection level)
        {
            return level == QrErrorCorrection.Low ? BlocksLow[version] : BlocksMedium[version];
        }

        public static int DataCodewords(int version, QrErrorCorrection level)
        {
            return Total(version) - EcPerBlock(version, level) * Blocks(version, level);
        }

        public static int[] Alignment(int version)
        {
            return AlignmentCentres[version];
        }
    }
}
