using System.Text;
using DeviceFlow.Core.Display;

namespace DeviceFlow.Screens.Tests;

/// <summary>Which symbol the encoder picks: the smallest version at L, M when that version still holds the text.</summary>
public class QrSelectionTests
{
    [Fact]
    public void Picks_the_smallest_version_and_raises_to_M_only_within_it()
    {
        for (int length = 1; length <= 134; length++)
        {
            string text = new string('a', length);
            byte[] payload = Encoding.ASCII.GetBytes(text);
            QrCode chosen = QrCode.Encode(text, 6)!;
            Assert.Null(QrCode.Encode(payload, chosen.Version - 1, QrErrorCorrection.Low, 0));
            bool mediumFits = QrCode.Encode(payload, chosen.Version, QrErrorCorrection.Medium, 0) != null;
            Assert.Equal(mediumFits ? QrErrorCorrection.Medium : QrErrorCorrection.Low, chosen.ErrorCorrection);
        }
    }

    [Theory]
    [InlineData(1, 17)]
    [InlineData(2, 32)]
    [InlineData(3, 53)]
    [InlineData(6, 134)]
    [InlineData(10, 271)]
    public void Byte_capacity_at_L_matches_ISO_18004_table_7(int version, int bytes)
    {
        Assert.NotNull(QrCode.Encode(new string('x', bytes), version));
        Assert.Null(QrCode.Encode(new string('x', bytes + 1), version));
        Assert.NotNull(QrCode.Encode(Encoding.ASCII.GetBytes(new string('x', bytes)), version, QrErrorCorrection.Low, 0));
        Assert.Null(QrCode.Encode(Encoding.ASCII.GetBytes(new string('x', bytes + 1)), version, QrErrorCorrection.Low, 0));
    }

    [Fact]
    public void Text_beyond_the_largest_version_gets_no_symbol()
    {
        Assert.Null(QrCode.Encode(new string('x', 272), 40));
    }

    [Fact]
    public void Utf8_text_is_encoded_as_its_bytes()
    {
        QrCode qr = QrCode.Encode("https://exämple.com/é", 10)!;
        Frame frame = ScreenKit.Render(f =>
        {
            f.FillRect(0, 0, 2 * qr.Size + 8, 2 * qr.Size + 8, true);
            for (int y = 0; y < qr.Size; y++)
            {
                for (int x = 0; x < qr.Size; x++)
                {
                    f.FillRect(2 * x + 4, 2 * y + 4, 2, 2, !qr.IsDark(x, y));
                }
            }
        });
        Assert.Equal("https://exämple.com/é", ScreenKit.DecodeQr(frame.Bytes));
    }
}
