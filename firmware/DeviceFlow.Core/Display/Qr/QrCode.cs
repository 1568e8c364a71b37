namespace DeviceFlow.Core.Display
{
    /// <summary>
    /// A QR Code symbol of a text (ISO/IEC 18004) in alphanumeric and byte segments. <see cref="Encode(string, int)"/>
    /// picks the smallest version that holds the text at level L, raises the level to M when the same version still
    /// holds it, and picks the mask with the lowest penalty. It returns null rather than a symbol of part of the text.
    /// </summary>
    public sealed class QrCode
    {
        public const int MaxSupportedVersion = QrTables.MaxVersion;

        private QrCode(int version, QrErrorCorrection level, int mask, byte[] modules)
        {
            Version = version;
            ErrorCorrection = level;
            Mask = mask;
            Size = QrTables.Size(version);
            Modules = modules;
        }

        public int Version { get; }

        public QrErrorCorrection ErrorCorrection { get; }

        public int Mask { get; }

        /// <summary>Modules per side (17 + 4 × version), without the quiet zone.</summary>
        public int Size { get; }

        /// <summary>Row by row, 1 for dark.</summary>
        public byte[] Modules { get; }

        public bool IsDark(int x, int y)
        {
            return Modules[y * Size + x] != 0;
        }

        /// <summary>The symbol for the text, or null when it needs a version above <paramref name="maxVersion"/>.</summary>
        public static QrCode Encode(string text, int maxVersion)
        {
            int top = maxVersion < QrTables.MaxVersion ? maxVersion : QrTables.MaxVersion;
            QrSegment[] segments = null;
            for (int version = 1; version <= top; version++)
            {
                // The count fields grow at version 10, which can move the best split.
                if (segments == null || version == 10)
                {
                    segments = QrSegmentation.Split(text, version);
                }

                int bits = QrCodewords.DataBits(segments, version);
                if (bits <= QrTables.DataCodewords(version, QrErrorCorrection.Low) * 8)
                {
                    bool mediumFits = bits <= QrTables.DataCodewords(version, QrErrorCorrection.Medium) * 8;
                    return Encode(segments, version, mediumFits ? QrErrorCorrection.Medium : QrErrorCorrection.Low, -1);
                }
            }

            return null;
        }

        /// <summary>
        /// The symbol of the text at exactly this version and level, split into segments with the fewest bits; mask 0–7
        /// forces a mask, −1 picks the best (§7.8.3). Null when the text does not fit.
        /// </summary>
        public static QrCode Encode(string text, int version, QrErrorCorrection level, int mask)
        {
            return IsVersion(version) ? Encode(QrSegmentation.Split(text, version), version, level, mask) : null;
        }

        /// <summary>The symbol of these bytes as one byte-mode segment, at exactly this version and level (see above).</summary>
        public static QrCode Encode(byte[] payload, int version, QrErrorCorrection level, int mask)
        {
            return IsVersion(version) ? Encode(new QrSegment[] { QrSegment.Bytes(payload) }, version, level, mask) : null;
        }

        private static bool IsVersion(int version)
        {
            return version >= 1 && version <= QrTables.MaxVersion;
        }

        private static QrCode Encode(QrSegment[] segments, int version, QrErrorCorrection level, int mask)
        {
            if (QrCodewords.DataBits(segments, version) > QrTables.DataCodewords(version, level) * 8)
            {
                return null;
            }

            QrMatrix matrix = new QrMatrix(version, level);
            matrix.PlaceCodewords(QrCodewords.Build(segments, version, level));
            int chosen = mask >= 0 && mask <= 7 ? mask : BestMask(matrix);
            matrix.ApplyMask(chosen);
            matrix.DrawFormat(chosen);
            return new QrCode(version, level, chosen, matrix.Modules);
        }

        private static int BestMask(QrMatrix matrix)
        {
            int best = 0;
            int bestScore = int.MaxValue;
            for (int mask = 0; mask < 8; mask++)
            {
                matrix.ApplyMask(mask);
                matrix.DrawFormat(mask);
                int score = QrPenalty.Score(matrix.Modules, matrix.Size);
                if (score < bestScore)
                {
                    best = mask;
                    bestScore = score;
                }

                matrix.ApplyMask(mask);
            }

            return best;
        }
    }
}
