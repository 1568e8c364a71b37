using System;
using System.IO;
using System.Text;
using SkiaSharp;

namespace DeviceFlow.Tools.FontGen;

/// <summary>
/// Draws each glyph of an outline font 8× oversampled, its capitals CapHeight pixels tall from the top, squeezed to the
/// cell width, then keeps a pixel when the glyph covers at least <c>threshold</c> of it. Prints every glyph as
/// text so a change can be reviewed.
/// </summary>
internal static class OutlineRasteriser
{
    private const int Oversample = 8;

    public static byte[] Rasterise(GlyphSpec spec, string fontFile, float threshold, TextWriter preview)
    {
        using SKTypeface typeface = SKTypeface.FromFile(fontFile);
        using var font = new SKFont(typeface) { Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, Subpixel = true };
        font.Size = SizeForCapHeight(font, spec.CapHeight * Oversample);
        font.ScaleX = spec.GlyphWidth * Oversample / font.MeasureText("M");

        var table = new byte[spec.GlyphCount * spec.BytesPerGlyph];
        using var bitmap = new SKBitmap(spec.GlyphWidth * Oversample, spec.GlyphHeight * Oversample, SKColorType.Alpha8, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bitmap);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        for (char c = spec.FirstChar; c <= spec.LastChar; c++)
        {
            canvas.Clear(SKColors.Transparent);
            string text = c.ToString();
            font.MeasureText(text, out SKRect bounds);
            float x = (bitmap.Width - bounds.Width) / 2 - bounds.Left;
            canvas.DrawText(text, x, spec.CapHeight * Oversample, SKTextAlign.Left, font, paint);
            canvas.Flush();
            var rows = new StringBuilder();
            for (int row = 0; row < spec.GlyphHeight; row++)
            {
                for (int col = 0; col < spec.GlyphWidth; col++)
                {
                    bool on = Coverage(bitmap, col, row) >= threshold;
                    if (on)
                    {
                        spec.SetPixel(table, c, col, row);
                    }

                    rows.Append(on ? '#' : '.');
                }

                rows.Append('\n');
            }

            preview.WriteLine(spec.ClassName + " '" + c + "'\n" + rows);
        }

        DrawDashAsBar(spec, table);
        return table;
    }

    /// <summary>Squeezed to 7 pixels, the font's hyphen shrinks to a dot; a user code's dash must read as a dash.</summary>
    private static void DrawDashAsBar(GlyphSpec spec, byte[] table)
    {
        int start = ('-' - spec.FirstChar) * spec.BytesPerGlyph;
        Array.Clear(table, start, spec.BytesPerGlyph);
        int middle = spec.CapHeight / 2;
        for (int col = 1; col < spec.GlyphWidth - 1; col++)
        {
            spec.SetPixel(table, '-', col, middle - 1);
            spec.SetPixel(table, '-', col, middle);
        }
    }

    /// <summary>How much of one output pixel the glyph covers, 0..1, averaged over its oversampled block.</summary>
    private static float Coverage(SKBitmap bitmap, int col, int row)
    {
        int sum = 0;
        for (int dy = 0; dy < Oversample; dy++)
        {
            for (int dx = 0; dx < Oversample; dx++)
            {
                sum += bitmap.GetPixel(col * Oversample + dx, row * Oversample + dy).Alpha;
            }
        }

        return sum / (255f * Oversample * Oversample);
    }

    /// <summary>The size whose capital H is exactly <paramref name="capHeight"/> pixels tall.</summary>
    private static float SizeForCapHeight(SKFont font, int capHeight)
    {
        font.Size = 100;
        font.MeasureText("H", out SKRect bounds);
        return 100 * capHeight / bounds.Height;
    }
}
