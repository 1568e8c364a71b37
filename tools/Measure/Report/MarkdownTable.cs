using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace DeviceFlow.Measure.Report;

/// <summary>A table printed as Markdown, so the figures paste straight into the README's "Measurements" section.</summary>
public sealed class MarkdownTable
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = new();

    public MarkdownTable(params string[] headers) => _headers = headers;

    public int RowCount => _rows.Count;

    public MarkdownTable Row(params object[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"row has {cells.Length} cells, table has {_headers.Length} columns");
        }

        _rows.Add(cells.Select(Format).ToArray());
        return this;
    }

    public override string ToString()
    {
        int[] widths = _headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        var text = new StringBuilder();
        Line(text, _headers, widths);
        Line(text, widths.Select(w => new string('-', Math.Max(3, w))).ToArray(), widths);
        foreach (string[] row in _rows)
        {
            Line(text, row, widths);
        }

        return text.ToString();
    }

    /// <summary>A ratio as the tables print it: two decimals and a multiplication sign.</summary>
    public static string Ratio(double value) => double.IsFinite(value) ? value.ToString("0.00", CultureInfo.InvariantCulture) + "×" : "n/a";

    private static string Format(object cell) => cell switch
    {
        double d => d.ToString(Math.Abs(d) >= 100 ? "0" : "0.0#", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };

    private static void Line(StringBuilder text, string[] cells, int[] widths)
    {
        text.Append('|');
        for (int i = 0; i < cells.Length; i++)
        {
            text.Append(' ').Append(cells[i].PadRight(widths[i])).Append(" |");
        }

        text.Append('\n');
    }
}
