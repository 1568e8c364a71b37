namespace DeviceFlow.Core.Display
{
    /// <summary>
    /// Where the show-code screen puts the user code, the URL and the QR for one code: worked out once, reused at every
    /// redraw. The QR stands at the right, two pixels per module (a phone needs the size: README "The OLED screens"),
    /// on a lit quiet zone; the code and the URL fill the column to its left, whole, or the QR gives way.
    /// </summary>
    internal sealed class ShowCodeLayout
    {
        /// <summary>Panel pixels per QR module.</summary>
        public const int ModulePixels = 2;

        /// <summary>Version 3 is 29 modules, 58 rows at 2 px; version 4 (66 rows) is taller than the panel.</summary>
        public const int MaxQrVersion = 3;

        public const int StatusTop = 56;
        public const int LineHeight = 8;

        /// <summary>ISO/IEC 18004 asks for 4 modules of quiet zone; the panel gives what it has.</summary>
        private const int FullQuiet = 4 * ModulePixels;

        /// <summary>1.5 modules: what version 3 leaves above and below it, so no narrower than that anywhere.</summary>
        private const int NarrowQuiet = 3;

        private const int LargeLineHeight = 16;

        private ShowCodeLayout(QrCode qr, int quietX, int quietY, int columnWidth)
        {
            Qr = qr;
            QuietX = quietX;
            QuietY = quietY;
            ColumnWidth = columnWidth;
        }

        /// <summary>Null when the QR gave way.</summary>
        public QrCode Qr { get; }

        /// <summary>Lit pixels left and right of the symbol.</summary>
        public int QuietX { get; }

        /// <summary>Lit pixels above and below the symbol.</summary>
        public int QuietY { get; }

        /// <summary>Width of the text column at the left: the whole panel without a QR.</summary>
        public int ColumnWidth { get; }

        /// <summary>The code is drawn in the large font (one or two lines), else wrapped in the small one.</summary>
        public bool LargeCode { get; private set; }

        /// <summary>Where the second large line starts (just after a dash), or 0 for one line.</summary>
        public int CodeBreak { get; private set; }

        /// <summary>First row of the URL.</summary>
        public int UrlTop { get; private set; }

        public int QrLeft
        {
            get { return Frame.Width - Qr.Size * ModulePixels - QuietX; }
        }

        public int QrTop
        {
            get { return (Frame.Height - Qr.Size * ModulePixels) / 2; }
        }

        public int UrlLines
        {
            get { return (StatusTop - UrlTop) / LineHeight; }
        }

        /// <summary>
        /// The QR beside the code and the whole URL, or null when they do not fit together. Tried in order: the code on
        /// one large line; the same beside a quiet zone narrowed to 1.5 modules left and right (a 9-character code then
        /// fits beside a version-2 symbol); on two large lines, broken after a dash; in the small font.
        /// </summary>
        public static ShowCodeLayout Beside(QrCode qr, string code, string url, TextBlock text)
        {
            int symbol = qr.Size * ModulePixels;
            int quietY = (Frame.Height - symbol) / 2 < FullQuiet ? (Frame.Height - symbol) / 2 : FullQuiet;
            if (quietY < NarrowQuiet)
            {
                return null;
            }

            ShowCodeLayout full = new ShowCodeLayout(qr, quietY, quietY, Frame.Width - symbol - 2 * quietY - 1);
            ShowCodeLayout narrow = new ShowCodeLayout(qr, NarrowQuiet, quietY, Frame.Width - symbol - 2 * NarrowQuiet - 1);
            if (full.TryLarge(code, url, text))
            {
                return full;
            }

            if (narrow.TryLarge(code, url, text))
            {
                return narrow;
            }

            return full.TryLargeTwoLines(code, url, text) || full.TrySmall(code, url, text) ? full : null;
        }

        /// <summary>The layout without a QR: the code across the top, the URL on five full-width lines below it.</summary>
        public static ShowCodeLayout WithoutQr(string code)
        {
            ShowCodeLayout layout = new ShowCodeLayout(null, 0, 0, Frame.Width);
            layout.LargeCode = Font.Large.HasAll(code) && Font.Large.Width(code.Length) <= Frame.Width;
            layout.UrlTop = 2 * LineHeight;
            return layout;
        }

        private bool TryLarge(string code, string url, TextBlock text)
        {
            return Font.Large.HasAll(code) && Font.Large.Width(code.Length) <= ColumnWidth && Accept(true, 0, LargeLineHeight, url, text);
        }

        private bool TryLargeTwoLines(string code, string url, TextBlock text)
        {
            int split = DashBreak(code, Font.Large.CharsIn(ColumnWidth));
            return split > 0 && Font.Large.HasAll(code) && Accept(true, split, 2 * LargeLineHeight, url, text);
        }

        private bool TrySmall(string code, string url, TextBlock text)
        {
            int codeLines = text.LinesNeeded(code, Font.Small.CharsIn(ColumnWidth));
            return Accept(false, 0, codeLines * LineHeight, url, text);
        }

        private bool Accept(bool large, int codeBreak, int codeRows, string url, TextBlock text)
        {
            if (codeRows >= StatusTop || text.LinesNeeded(url, Font.Small.CharsIn(ColumnWidth)) > (StatusTop - codeRows) / LineHeight)
            {
                return false;
            }

            LargeCode = large;
            CodeBreak = codeBreak;
            UrlTop = codeRows;
            return true;
        }

        /// <summary>
        /// The index after the dash that splits the code into two lines of at most maxChars, nearest the middle; 0 when
        /// none does. Codes are grouped by dashes for reading (RFC 8628 §6.1), so a break elsewhere would split a group.
        /// </summary>
        private static int DashBreak(string code, int maxChars)
        {
            int best = 0;
            for (int i = 1; i < code.Length; i++)
            {
                bool fits = code[i - 1] == '-' && i <= maxChars && code.Length - i <= maxChars;
                if (fits && (best == 0 || Distance(i, code.Length) < Distance(best, code.Length)))
                {
                    best = i;
                }
            }

            return best;
        }

        private static int Distance(int split, int length)
        {
            int d = 2 * split - length;
            return d < 0 ? -d : d;
        }
    }
}
