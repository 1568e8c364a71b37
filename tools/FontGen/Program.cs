using System;
using System.IO;

namespace DeviceFlow.Tools.FontGen;

/// <summary>
/// Writes the core's two glyph tables: the 5×8 text font from our hand-drawn <c>Small5x8.glyphs</c> (at this size a
/// rasterised outline font is blotchy), and the 7×16 user-code font (capitals 14 high, two rows for the tail of Q) rasterised from DejaVu Sans Mono Bold.
/// Usage, from the repository root: dotnet run --project tools/FontGen [-- output folder]
/// (default firmware/DeviceFlow.Core/Display/Fonts). Needs Debian's fonts-dejavu-core.
/// </summary>
public static class Program
{
    private const string DejaVuMonoBold = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf";

    public static int Main(string[] args)
    {
        string outDir = args.Length > 0 ? args[0] : Path.Combine("firmware", "DeviceFlow.Core", "Display", "Fonts");
        string glyphFile = Path.Combine(AppContext.BaseDirectory, "Small5x8.glyphs");
        if (!File.Exists(DejaVuMonoBold))
        {
            Console.Error.WriteLine(DejaVuMonoBold + " is missing: apt-get install fonts-dejavu-core");
            return 1;
        }

        Directory.CreateDirectory(outDir);
        var small = new GlyphSpec("SmallFontTable", "hand-drawn Small5x8.glyphs (ours)", 5, 8, 7, ' ', '~');
        File.WriteAllText(Path.Combine(outDir, small.ClassName + ".cs"), CSharpTable.Write(small, HandDrawnGlyphs.Read(glyphFile, small)));

        var large = new GlyphSpec("LargeFontTable", "DejaVuSansMono-Bold.ttf (Bitstream Vera licence, DejaVu changes public domain: see LICENSE-DejaVu.txt beside this file)", 7, 16, 14, ' ', 'Z');
        File.WriteAllText(Path.Combine(outDir, large.ClassName + ".cs"), CSharpTable.Write(large, OutlineRasteriser.Rasterise(large, DejaVuMonoBold, 0.40f, Console.Out)));
        return 0;
    }
}

/// <summary>One glyph table: every char from FirstChar to LastChar, GlyphWidth columns of GlyphHeight pixels; capitals CapHeight tall.</summary>
internal sealed record GlyphSpec(string ClassName, string Source, int GlyphWidth, int GlyphHeight, int CapHeight, char FirstChar, char LastChar)
{
    public int BytesPerColumn => (GlyphHeight + 7) / 8;

    public int BytesPerGlyph => GlyphWidth * BytesPerColumn;

    public int GlyphCount => LastChar - FirstChar + 1;

    public void SetPixel(byte[] table, char c, int col, int row)
    {
        table[(c - FirstChar) * BytesPerGlyph + col * BytesPerColumn + (row >> 3)] |= (byte)(1 << (row & 7));
    }
}
