using System;
using System.IO;

namespace DeviceFlow.Tools.FontGen;

/// <summary>
/// Reads glyphs drawn as text: one line per glyph, the character, a space, then one group of '#'/'.' per row.
/// Every character of the spec's range must be drawn exactly once, at exactly the spec's size.
/// </summary>
internal static class HandDrawnGlyphs
{
    public static byte[] Read(string path, GlyphSpec spec)
    {
        var table = new byte[spec.GlyphCount * spec.BytesPerGlyph];
        var seen = new bool[spec.GlyphCount];
        foreach (string line in File.ReadAllLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            char c = line[0];
            string[] rows = line.Substring(2).Split(' ');
            if (c < spec.FirstChar || c > spec.LastChar || seen[c - spec.FirstChar] || rows.Length != spec.GlyphHeight)
            {
                throw new InvalidDataException("bad or repeated glyph line: " + line);
            }

            seen[c - spec.FirstChar] = true;
            for (int row = 0; row < rows.Length; row++)
            {
                if (rows[row].Length != spec.GlyphWidth)
                {
                    throw new InvalidDataException("glyph '" + c + "' row " + row + " is not " + spec.GlyphWidth + " wide");
                }

                for (int col = 0; col < spec.GlyphWidth; col++)
                {
                    if (rows[row][col] == '#')
                    {
                        spec.SetPixel(table, c, col, row);
                    }
                }
            }
        }

        int missing = Array.IndexOf(seen, false);
        if (missing >= 0)
        {
            throw new InvalidDataException("no glyph drawn for '" + (char)(spec.FirstChar + missing) + "'");
        }

        return table;
    }
}
