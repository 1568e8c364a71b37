using System;
using System.IO;
using DeviceFlow.Core.Display;
using SkiaSharp;

namespace DeviceFlow.Host.Display;

/// <summary>
/// A frame as a PNG, the way the panel looks: lit pixels light blue-white on black, each pixel a
/// <c>scale</c>×<c>scale</c> square, with a black border as wide as the panel's dark edge.
/// </summary>
public static class FramePng
{
    public static readonly SKColor Lit = new SKColor(0xE8, 0xF4, 0xFF);
    public static readonly SKColor Dark = SKColors.Black;

    /// <summary>Black margin around the panel area, in panel pixels.</summary>
    public const int Border = 4;

    public static void Save(byte[] frame, string path, int scale)
    {
        byte[] png = Encode(frame, scale);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder != null)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllBytes(path, png);
    }

    public static byte[] Encode(byte[] frame, int scale)
    {
        using SKBitmap bitmap = ToBitmap(frame, scale);
        using SKData data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>The frame as a bitmap the caller disposes (tests decode QR codes from it).</summary>
    public static SKBitmap ToBitmap(byte[] frame, int scale)
    {
        FramePixels.CheckLength(frame);
        if (scale < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), "scale is at least 1");
        }

        int width = (Frame.Width + 2 * Border) * scale;
        int height = (Frame.Height + 2 * Border) * scale;
        var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        bitmap.Erase(Dark);
        for (int y = 0; y < Frame.Height; y++)
        {
            for (int x = 0; x < Frame.Width; x++)
            {
                if (!FramePixels.IsOn(frame, x, y))
                {
                    continue;
                }

                for (int dy = 0; dy < scale; dy++)
                {
                    for (int dx = 0; dx < scale; dx++)
                    {
                        bitmap.SetPixel((x + Border) * scale + dx, (y + Border) * scale + dy, Lit);
                    }
                }
            }
        }

        return bitmap;
    }
}
