using System;
using System.Collections;
using System.Linq;
using System.Text;
using DeviceFlow.Core.Display;
using QRCoder;
using ZXing.QrCode.Internal;

namespace DeviceFlow.Screens.Tests;

/// <summary>Our encoder against two independent ones: QRCoder (matrix) and ZXing.Net (matrix and mask choice).</summary>
public class QrCrossCheckTests
{
    private const int Samples = 240;

    /// <summary>QRCoder segments text (digit runs go numeric), so it gets the bytes: pure byte mode, as ours.</summary>
    [Fact]
    public void Matrix_equals_QRCoder_for_the_same_version_level_and_mask()
    {
        var random = new Random(8628);
        for (int n = 0; n < Samples; n++)
        {
            byte[] payload = Encoding.ASCII.GetBytes(RandomUrl(random));
            QrErrorCorrection level = n % 2 == 0 ? QrErrorCorrection.Low : QrErrorCorrection.Medium;
            QRCodeData theirs = QRCodeGenerator.GenerateQrCode(payload, level == QrErrorCorrection.Low ? QRCodeGenerator.ECCLevel.L : QRCodeGenerator.ECCLevel.M);
            int size = theirs.ModuleMatrix.Count - 8;
            bool[,] their = QrCoderModules(theirs, size);
            int mask = MaskFromFormat(their, level);

            QrCode ours = QrCode.Encode(payload, (size - 17) / 4, level, mask)!;
            AssertSameModules(their, ours, Encoding.ASCII.GetString(payload));
        }
    }

    [Fact]
    public void Matrix_and_mask_choice_equal_ZXing_for_the_same_version_and_level()
    {
        var random = new Random(5);
        for (int n = 0; n < Samples; n++)
        {
            string text = RandomUrl(random);
            QrErrorCorrection level = n % 2 == 0 ? QrErrorCorrection.Low : QrErrorCorrection.Medium;
            int version = SmallestVersion(text, level);
            var hints = new System.Collections.Generic.Dictionary<ZXing.EncodeHintType, object> { [ZXing.EncodeHintType.QR_VERSION] = version };
            ZXing.QrCode.Internal.QRCode theirs = ZXing.QrCode.Internal.Encoder.encode(text, level == QrErrorCorrection.Low ? ErrorCorrectionLevel.L : ErrorCorrectionLevel.M, hints);

            QrCode ours = QrCode.Encode(Encoding.ASCII.GetBytes(text), version, level, -1)!;
            Assert.Equal(theirs.MaskPattern, ours.Mask);
            var their = new bool[ours.Size, ours.Size];
            for (int y = 0; y < ours.Size; y++)
            {
                for (int x = 0; x < ours.Size; x++)
                {
                    their[x, y] = theirs.Matrix[x, y] == 1;
                }
            }

            AssertSameModules(their, ours, text);
        }
    }

    /// <summary>Text wholly in the alphanumeric set: both libraries encode it as one alphanumeric segment, as ours does.</summary>
    [Fact]
    public void Alphanumeric_matrix_equals_QRCoder_and_ZXing_including_ZXings_mask_choice()
    {
        var random = new Random(45);
        for (int n = 0; n < Samples; n++)
        {
            string text = QrUrl.UpperSchemeAndHost(RandomUrl(random)).ToUpperInvariant();
            text = new string(text.Where(QrAlphanumeric).ToArray());
            QrErrorCorrection level = n % 2 == 0 ? QrErrorCorrection.Low : QrErrorCorrection.Medium;

            QRCodeData coder = new QRCodeGenerator().CreateQrCode(text, level == QrErrorCorrection.Low ? QRCodeGenerator.ECCLevel.L : QRCodeGenerator.ECCLevel.M);
            int size = coder.ModuleMatrix.Count - 8;
            bool[,] theirs = QrCoderModules(coder, size);
            AssertSameModules(theirs, QrCode.Encode(text, (size - 17) / 4, level, MaskFromFormat(theirs, level))!, text);

            int version = (size - 17) / 4;
            var hints = new System.Collections.Generic.Dictionary<ZXing.EncodeHintType, object> { [ZXing.EncodeHintType.QR_VERSION] = version };
            ZXing.QrCode.Internal.QRCode zxing = ZXing.QrCode.Internal.Encoder.encode(text, level == QrErrorCorrection.Low ? ErrorCorrectionLevel.L : ErrorCorrectionLevel.M, hints);
            Assert.Equal(Mode.ALPHANUMERIC, zxing.Mode);
            QrCode ours = QrCode.Encode(text, version, level, -1)!;
            Assert.Equal(zxing.MaskPattern, ours.Mask);
            AssertSameModules(ZXingModules(zxing, ours.Size), ours, text);
        }
    }

    /// <summary>
    /// URLs with scheme and host in capitals, split into alphanumeric and byte segments: ZXing reads each symbol back, and
    /// ZXing's own minimal encoder (QR_COMPACT, the same shortest-path idea) never needs a smaller version than ours.
    /// </summary>
    [Fact]
    public void Mixed_segments_decode_in_ZXing_and_are_as_small_as_ZXings_minimal_encoding()
    {
        var random = new Random(3986);
        for (int n = 0; n < Samples; n++)
        {
            string text = QrUrl.UpperSchemeAndHost(RandomUrl(random) + (n % 3 == 0 ? "?user_code=WDJB-MJHT" : string.Empty));
            QrCode? ours = QrCode.Encode(text, QrCode.MaxSupportedVersion);
            if (ours == null)
            {
                continue;
            }

            Assert.Equal(text, DecodeSymbol(ours));
            var hints = new System.Collections.Generic.Dictionary<ZXing.EncodeHintType, object> { [ZXing.EncodeHintType.QR_COMPACT] = true };
            ZXing.QrCode.Internal.QRCode compact = ZXing.QrCode.Internal.Encoder.encode(text, ours.ErrorCorrection == QrErrorCorrection.Low ? ErrorCorrectionLevel.L : ErrorCorrectionLevel.M, hints);
            Assert.True(ours.Version <= compact.Version.VersionNumber, $"v{ours.Version} vs ZXing v{compact.Version.VersionNumber}: {text}");
        }
    }

    private static bool QrAlphanumeric(char c) => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c) || " $%*+-./:".Contains(c);

    private static bool[,] ZXingModules(ZXing.QrCode.Internal.QRCode code, int size)
    {
        var modules = new bool[size, size];
        for (int y = 0; y < size; y++)
        {
            for (int x = 0; x < size; x++)
            {
                modules[x, y] = code.Matrix[x, y] == 1;
            }
        }

        return modules;
    }

    /// <summary>The symbol alone, 3 pixels per module on a 4-module light quiet zone, read by ZXing.</summary>
    private static string? DecodeSymbol(QrCode qr)
    {
        const int scale = 3;
        int side = (qr.Size + 8) * scale;
        var gray = new byte[side * side];
        for (int y = 0; y < side; y++)
        {
            for (int x = 0; x < side; x++)
            {
                int mx = x / scale - 4, my = y / scale - 4;
                bool dark = mx >= 0 && mx < qr.Size && my >= 0 && my < qr.Size && qr.IsDark(mx, my);
                gray[y * side + x] = dark ? (byte)0 : (byte)255;
            }
        }

        var reader = new ZXing.BarcodeReaderGeneric { Options = new ZXing.Common.DecodingOptions { PossibleFormats = new[] { ZXing.BarcodeFormat.QR_CODE }, PureBarcode = true } };
        return reader.Decode(new ZXing.RGBLuminanceSource(gray, side, side, ZXing.RGBLuminanceSource.BitmapFormat.Gray8))?.Text;
    }

    /// <summary>An https URL of 9 to 200 characters: up to version 10 at level M.</summary>
    internal static string RandomUrl(Random random)
    {
        const string chars = "abcdefghijklmnopqrstuvwxyz0123456789-._~/?=&%";
        int length = random.Next(1, 193);
        var text = new StringBuilder("https://");
        for (int i = 0; i < length; i++)
        {
            text.Append(chars[random.Next(chars.Length)]);
        }

        return text.ToString();
    }

    private static int SmallestVersion(string text, QrErrorCorrection level)
    {
        byte[] payload = Encoding.ASCII.GetBytes(text);
        for (int v = 1; v < QrCode.MaxSupportedVersion; v++)
        {
            if (QrCode.Encode(payload, v, level, 0) != null)
            {
                return v;
            }
        }

        return QrCode.MaxSupportedVersion;
    }

    /// <summary>QRCoder's matrix without its 4-module quiet zone; [x, y].</summary>
    private static bool[,] QrCoderModules(QRCodeData data, int size)
    {
        const int quiet = 4;
        var modules = new bool[size, size];
        for (int y = 0; y < size; y++)
        {
            BitArray row = data.ModuleMatrix[y + quiet];
            for (int x = 0; x < size; x++)
            {
                modules[x, y] = row[x + quiet];
            }
        }

        return modules;
    }

    /// <summary>The mask QRCoder used, read back from the format bits along row 8 (ISO/IEC 18004 §7.9.1).</summary>
    private static int MaskFromFormat(bool[,] modules, QrErrorCorrection level)
    {
        int bits = 0;
        for (int i = 0; i <= 5; i++)
        {
            bits |= (modules[8, i] ? 1 : 0) << i;
        }

        bits |= (modules[8, 7] ? 1 : 0) << 6;
        bits |= (modules[8, 8] ? 1 : 0) << 7;
        bits |= (modules[7, 8] ? 1 : 0) << 8;
        for (int i = 9; i < 15; i++)
        {
            bits |= (modules[14 - i, 8] ? 1 : 0) << i;
        }

        int data = (bits ^ 0x5412) >> 10;
        Assert.Equal(level == QrErrorCorrection.Low ? 1 : 0, data >> 3);
        return data & 7;
    }

    private static void AssertSameModules(bool[,] their, QrCode ours, string text)
    {
        Assert.Equal(their.GetLength(0), ours.Size);
        for (int y = 0; y < ours.Size; y++)
        {
            for (int x = 0; x < ours.Size; x++)
            {
                Assert.True(their[x, y] == ours.IsDark(x, y), $"module ({x},{y}) differs for v{ours.Version} {ours.ErrorCorrection} mask {ours.Mask}: {text}");
            }
        }
    }
}
