using DeviceFlow.Core.Pairing;

namespace DeviceFlow.Core.Display
{
    /// <summary>
    /// The pairing screen of RFC 8628 §3.3 / Figure 3: the user code, the verification URI and the time left, with a
    /// QR code of two pixels per module at the right. The QR is a shortcut only (§3.3.1): code and URL stay whole, and
    /// when they cannot share the panel with it, the QR gives way and the bottom line says "no QR".
    /// <code>
    ///  WDJB-           ░░░░░░░░░░   rows 0–31   code, large font: one line, two (broken after a dash), or small
    ///  MJHT            ░▓▓▓▓▓▓▓▓░
    ///  github.com      ░▓▓▓▓▓▓▓▓░   rows 32–55  URL, small font, wrapped in the column
    ///  /login/device   ░▓▓▓▓▓▓▓▓░
    ///  4:59 [=====]    ░░░░░░░░░░   rows 56–63  countdown + bar, or an inverted warning
    /// </code>
    /// A phone reads a module of one pixel (0.17 mm) from nowhere it can focus; two pixels it reads from where the best
    /// phones start to focus, 10 cm, to about 11: README "The OLED screens", measured by tests/DeviceFlow.Testing/Camera.
    /// </summary>
    public sealed class ShowCodeScreen
    {
        private const string NoQrNote = "no QR";

        private readonly TextBlock _text = new TextBlock();
        private string _code;
        private string _url;
        private string _qrText;
        private ShowCodeLayout _layout;

        /// <summary>
        /// Draws the whole screen. qrText is verification_uri_complete when the server sent one, else
        /// verification_uri (or null for no QR); lifetimeSeconds is expires_in, for the bar.
        /// </summary>
        public void Draw(Frame frame, string userCode, string verificationUri, string qrText, int secondsLeft, int lifetimeSeconds, PairingTrouble trouble)
        {
            string code = userCode == null ? string.Empty : userCode;
            string url = verificationUri == null ? string.Empty : verificationUri;
            ShowCodeLayout layout = LayoutFor(code, url, qrText);

            frame.Clear();
            DrawCode(frame, layout, code);
            _text.Draw(frame, Font.Small, url, 0, layout.UrlTop, Font.Small.CharsIn(layout.ColumnWidth), layout.UrlLines, ShowCodeLayout.LineHeight);
            string note = layout.Qr == null && qrText != null && qrText.Length > 0 ? NoQrNote : null;
            DrawStatus(frame, layout.ColumnWidth, secondsLeft, lifetimeSeconds, trouble, note);
            if (layout.Qr != null)
            {
                DrawQr(frame, layout);
            }
        }

        /// <summary>Worked out once per code: the screen is redrawn at every poll with the same texts.</summary>
        private ShowCodeLayout LayoutFor(string code, string url, string qrText)
        {
            if (_layout != null && code == _code && url == _url && qrText == _qrText)
            {
                return _layout;
            }

            _code = code;
            _url = url;
            _qrText = qrText;
            _layout = null;
            if (qrText != null && qrText.Length > 0)
            {
                // The server's own text first; capitals in scheme and host only when that is what makes it fit.
                _layout = Beside(QrCode.Encode(qrText, ShowCodeLayout.MaxQrVersion), code, url);
                if (_layout == null)
                {
                    string upper = QrUrl.UpperSchemeAndHost(qrText);
                    _layout = upper == qrText ? null : Beside(QrCode.Encode(upper, ShowCodeLayout.MaxQrVersion), code, url);
                }
            }

            if (_layout == null)
            {
                _layout = ShowCodeLayout.WithoutQr(code);
            }

            return _layout;
        }

        private ShowCodeLayout Beside(QrCode qr, string code, string url)
        {
            return qr == null ? null : ShowCodeLayout.Beside(qr, code, url, _text);
        }

        private void DrawCode(Frame frame, ShowCodeLayout layout, string code)
        {
            Font large = Font.Large;
            bool centred = layout.Qr == null;
            if (!layout.LargeCode)
            {
                if (centred)
                {
                    _text.DrawCentered(frame, Font.Small, code, 0, layout.UrlTop / ShowCodeLayout.LineHeight, ShowCodeLayout.LineHeight);
                    return;
                }

                _text.Draw(frame, Font.Small, code, 0, 0, Font.Small.CharsIn(layout.ColumnWidth), layout.UrlTop / ShowCodeLayout.LineHeight, ShowCodeLayout.LineHeight);
                return;
            }

            if (centred)
            {
                large.DrawCentered(frame, code, 0);
                return;
            }

            int firstLine = layout.CodeBreak == 0 ? code.Length : layout.CodeBreak;
            large.Draw(frame, code, 0, firstLine, 0, 0, true);
            large.Draw(frame, code, firstLine, code.Length - firstLine, 0, large.GlyphHeight, true);
        }

        /// <summary>Dark modules are unlit pixels on a lit rectangle, so the panel shows dark-on-light like paper.</summary>
        private static void DrawQr(Frame frame, ShowCodeLayout layout)
        {
            QrCode qr = layout.Qr;
            int scale = ShowCodeLayout.ModulePixels;
            int left = layout.QrLeft;
            int top = layout.QrTop;
            frame.FillRect(left - layout.QuietX, top - layout.QuietY, qr.Size * scale + 2 * layout.QuietX, qr.Size * scale + 2 * layout.QuietY, true);
            for (int y = 0; y < qr.Size; y++)
            {
                for (int x = 0; x < qr.Size; x++)
                {
                    if (qr.IsDark(x, y))
                    {
                        frame.FillRect(left + x * scale, top + y * scale, scale, scale, false);
                    }
                }
            }
        }

        private static void DrawStatus(Frame frame, int width, int secondsLeft, int lifetimeSeconds, PairingTrouble trouble, string note)
        {
            Font small = Font.Small;
            int top = ShowCodeLayout.StatusTop;
            string time = Countdown.Format(secondsLeft);
            if (trouble != PairingTrouble.None)
            {
                string label = trouble == PairingTrouble.SlowedDown ? "busy" : "offline";
                frame.FillRect(0, top, width, Frame.Height - top, true);
                int x = small.Draw(frame, label, 0, label.Length, 1, top, false) + small.Advance;
                if (x + small.Width(time.Length) > width)
                {
                    // Beside a QR the column holds 10 characters: the warning matters more than the minutes left.
                    return;
                }

                x = small.Draw(frame, time, 0, time.Length, x, top, false);
                if (note != null)
                {
                    small.Draw(frame, note, 0, note.Length, x + small.Advance, top, false);
                }

                return;
            }

            int barLeft = small.Draw(frame, time, 0, time.Length, 0, top, true) + 2;
            if (note != null)
            {
                barLeft = small.Draw(frame, note, 0, note.Length, barLeft - 2 + small.Advance, top, true) + 2;
            }

            int barWidth = width - barLeft;
            if (barWidth < 8)
            {
                return;
            }

            frame.DrawRect(barLeft, top + 1, barWidth, 6, true);
            int inner = barWidth - 4;
            int filled = lifetimeSeconds <= 0 ? 0 : (int)((long)inner * (secondsLeft < lifetimeSeconds ? secondsLeft : lifetimeSeconds) / lifetimeSeconds);
            frame.FillRect(barLeft + 2, top + 3, filled, 2, true);
        }
    }
}
