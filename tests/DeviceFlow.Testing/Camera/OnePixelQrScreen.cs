using System.Text;
using DeviceFlow.Core.Display;

namespace DeviceFlow.Testing.Camera;

/// <summary>
/// The show-code screen as the firmware drew it before issue 15 (main at ac60227), kept only as the baseline the
/// virtual camera measures the new layout against: the code across the top, the URL on the left, and the QR in byte
/// mode at one pixel per module in the bottom-right corner, up to version 6, on a 2–4 module lit quiet zone.
/// </summary>
public static class OnePixelQrScreen
{
    private const int MaxVersion = 6;
    private const int BodyTop = 16;

    /// <summary>The frame, or null when that layout showed no QR for this text (too long for version 6 or the URL's room).</summary>
    public static byte[]? Draw(string userCode, string url, string qrText)
    {
        QrCode? qr = Symbol(qrText);
        if (qr == null)
        {
            return null;
        }

        int quiet = System.Math.Clamp((Frame.Height - BodyTop - qr.Size) / 2, 2, 4);
        int side = qr.Size + 2 * quiet;
        int textWidth = Frame.Width - side - 2;
        var text = new TextBlock();
        if (text.LinesNeeded(url, Font.Small.CharsIn(textWidth)) > 5)
        {
            return null;
        }

        var frame = new Frame();
        Font.Large.DrawCentered(frame, userCode, 0);
        text.Draw(frame, Font.Small, url, 0, BodyTop, Font.Small.CharsIn(textWidth), 5, 8);
        Font.Small.Draw(frame, Countdown.Format(299), 0, 56);
        int left = Frame.Width - side;
        int top = Frame.Height - side;
        frame.FillRect(left, top, side, side, true);
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

        return frame.Bytes;
    }

    /// <summary>That layout's symbol: byte mode only, the smallest version at L, raised to M when that version still holds it.</summary>
    public static QrCode? Symbol(string text)
    {
        byte[] payload = Encoding.UTF8.GetBytes(text);
        for (int version = 1; version <= MaxVersion; version++)
        {
            if (QrCode.Encode(payload, version, QrErrorCorrection.Low, -1) is QrCode low)
            {
                return QrCode.Encode(payload, version, QrErrorCorrection.Medium, -1) ?? low;
            }
        }

        return null;
    }
}
