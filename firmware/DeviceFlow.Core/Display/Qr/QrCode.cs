using System.Text;

namespace DeviceFlow.Core.Display
{
    /// <summary>
    /// A QR Code symbol of a text in byte mode (ISO/IEC 18004). <see cref="Encode(string, int)"/> picks the smallest
    /// version that holds the text at level L, raises the level to M when the same version still holds it, and picks
    /// the mask with the lowest penalty. It returns null rather than a symbol of part of the text.
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

        /// <summary>Most UTF-8 bytes a symbol of at most <paramref name="maxVersion"/> can carry.</summary>
        public static int Capacity(int maxVersion)
        {
            return QrTables.ByteCapacity(maxVersion, QrErrorCorrection.Low);
        }

        /// <summary>The symbol for the text's UTF-8 bytes, or null when it needs a version above <paramref name="maxVersion"/>.</summary>
        public static QrCode Encode(string text, int maxVersion)
        {
            byte[] payload = Encoding.UTF8.GetBytes(text);
            int top = maxVersion < QrTables.MaxVersion ? maxVersion : QrTables.MaxVersion;
            for (int version = 1; version <= top; version++)
            {
                if (payload.Length <= QrTables.ByteCapacity(version, QrErrorCorrection.Low))
                {
                    bool mediumFits = payload.Length <= QrTables.ByteCapacity(version, QrErrorCorrection.Medium);
                    return Encode(payload, version, mediumFits ? QrErrorCorrection.Medium : QrErrorCorrection.Low, -1);
                }
            }

            return null;
        }

        /// <summary>
        /// The symbol at exactly this version and level; mask 0–7 forces a mask, −1 picks the best (§7.8.3).
        /// Null when the payload does not fit.
        /// </summary>
        public static QrCode Encode(byte[] payload, int version, QrErrorCorrection level, int mask)
        {
            if (version < 1 || version > QrTables.MaxVersion || payload.Length > QrTables.ByteCapacity(version, level))
            {
                return null;
            }

            QrMatrix matrix = new QrMatrix(version, level);
            matrix.PlaceCodewords(QrCodewords.Build(payload, version, level));
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
