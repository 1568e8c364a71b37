using DeviceFlow.Core.Pairing;

namespace DeviceFlow.Core.Display
{
    /// <summary>
    /// The pairing screen of RFC 8628 §3.3 / Figure 3: the user code large across the top, the verification URI
    /// wrapped on the left, a QR code on the right and the time left at the bottom. The QR is a shortcut only
    /// (§3.3.1): the code and URL stay readable, and when the URL needs the width the QR gives way.
    /// <code>
    ///  WDJB-MJHT                 rows 0–13   large font (small font if it does not fit)
    ///  https://example.  ▓▓▓▓▓   rows 16–55  URL, 5 lines    QR, quiet zone lit
    ///  com/device        ▓▓▓▓▓
    ///  4:59 [=====   ]   ▓▓▓▓▓   rows 56–63  countdown + bar, or an inverted warning
    /// </code>
    /// </summary>
    public sealed class ShowCodeScreen
    {
        /// <summary>The largest QR the 48-pixel band holds with a 3-module quiet zone: 41 + 6 pixels.</summary>
        public const int MaxQrVersion = 6;

        private const int CodeBandHeight = 16;
        private const int BodyTop = 16;
        private const int StatusTop = 56;
        private const int LineHeight = 8;
        private const int BodyLines = (StatusTop - BodyTop) / LineHeight;
        private const int MinQuietZone = 2;
        private const int MaxQuietZone = 4;

        private readonly TextBlock _text = new TextBlock();
        private string _qrText;
        private QrCode _qr;

        /// <summary>Most UTF-8 bytes of QR text the screen can show as a QR code.</summary>
        public static int MaxQrBytes
        {
            get { return QrCode.Capacity(MaxQrVersion); }
        }

        /// <summary>
        /// Draws the whole screen. qrText is verification_uri_complete when the server sent one, else
        /// verification_uri (or null for no QR); lifetimeSeconds is expires_in, for the bar.
        /// </summary>
        public void Draw(Frame frame, string userCode, string verificationUri, string qrText, int secondsLeft, int lifetimeSeconds, PairingTrouble trouble)
        {
            frame.Clear();
            DrawUserCode(frame, userCode == null ? string.Empty : userCode);

            string url = verificationUri == null ? string.Empty : verificationUri;
            QrCode qr = QrFor(qrText);
            int qrPixels = qr == null ? 0 : qr.Size + 2 * QuietZone(qr);
            int textWidth = qrPixels == 0 ? Frame.Width : Frame.Width - qrPixels - 2;
            if (qr != null && _text.LinesNeeded(url, Font.Small.CharsIn(textWidth)) > BodyLines)
            {
                qr = null;
                textWidth = Frame.Width;
            }

            _text.Draw(frame, Font.Small, url, 0, BodyTop, Font.Small.CharsIn(textWidth), BodyLines, LineHeight);
            DrawStatus(frame, textWidth, secondsLeft, lifetimeSeconds, trouble);
            if (qr != null)
            {
                DrawQr(frame, qr, Frame.Width - qrPixels, Frame.Height - qrPixels);
            }
        }

        private void DrawUserCode(Frame frame, string userCode)
        {
            Font large = Font.Large;
            if (large.HasAll(userCode) && large.Width(userCode.Length) <= Frame.Width)
            {
                large.DrawCentered(frame, userCode, 0);
                return;
            }

            _text.DrawCentered(frame, Font.Small, userCode, 0, CodeBandHeight / LineHeight, LineHeight);
        }

        /// <summary>Encodes only when the text changes: the screen is redrawn at every poll with the same URI.</summary>
        private QrCode QrFor(string qrText)
        {
            if (qrText == null || qrText.Length == 0)
            {
                return null;
            }

            if (qrText != _qrText)
            {
                _qrText = qrText;
                _qr = QrCode.Encode(qrText, MaxQrVersion);
            }

            return _qr;
        }

        /// <summary>ISO/IEC 18004 asks for 4 light modules around the symbol; the band allows down to 2.</summary>
        private static int QuietZone(QrCode qr)
        {
            int room = (Frame.Height - BodyTop - qr.Size) / 2;
            if (room > MaxQuietZone)
            {
                return MaxQuietZone;
            }

            return room < MinQuietZone ? MinQuietZone : room;
        }

        /// <summary>Dark modules are unlit pixels on a lit square, so the panel shows dark-on-light like paper.</summary>
        private static void DrawQr(Frame frame, QrCode qr, int left, int top)
        {
            int quiet = QuietZone(qr);
            int pixels = qr.Size + 2 * quiet;
            frame.FillRect(left, top, pixels, pixels, true);
            for (int y = 0; y < qr.Size; y++)
            {
                for (int x = 0; x < qr.Size; x++)
                {
                    if (qr.IsDark(x, y))
                    {
                        frame.SetPixel(left + quiet + x, top + quiet + y, false);
                    }
                }
            }
        }

        private static void DrawStatus(Frame frame, int width, int secondsLeft, int lifetimeSeconds, PairingTrouble trouble)
        {
            Font small = Font.Small;
            string time = Countdown.Format(secondsLeft);
            if (trouble != PairingTrouble.None)
            {
                string label = trouble == PairingTrouble.SlowedDown ? "busy " : "offline ";
                frame.FillRect(0, StatusTop, width, Frame.Height - StatusTop, true);
                int x = small.Draw(frame, label, 0, label.Length, 1, StatusTop, false);
                small.Draw(frame, time, 0, time.Length, x, StatusTop, false);
                return;
            }

            int barLeft = small.Draw(frame, time, 0, time.Length, 0, StatusTop, true) + 2;
            int barWidth = width - barLeft;
            if (barWidth < 8)
            {
                return;
            }

            frame.DrawRect(barLeft, StatusTop + 1, barWidth, 6, true);
            int inner = barWidth - 4;
            int filled = lifetimeSeconds <= 0 ? 0 : (int)((long)inner * (secondsLeft < lifetimeSeconds ? secondsLeft : lifetimeSeconds) / lifetimeSeconds);
            frame.FillRect(barLeft + 2, StatusTop + 3, filled, 2, true);
        }
    }
}
