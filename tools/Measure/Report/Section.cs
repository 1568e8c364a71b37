using System.Collections.Generic;

namespace DeviceFlow.Measure.Report;

/// <summary>One of the six measurements: a title, its tables, and the notes that say how to read them.</summary>
public sealed class Section
{
    public Section(int number, string title)
    {
        Number = number;
        Title = title;
    }

    public int Number { get; }

    public string Title { get; }

    public List<MarkdownTable> Tables { get; } = new();

    public List<string> Notes { get; } = new();

    public override string ToString()
    {
        var text = new System.Text.StringBuilder();
        text.Append("### ").Append(Number).Append(". ").Append(Title).Append("\n\n");
        foreach (MarkdownTable table in Tables)
        {
            text.Append(table).Append('\n');
        }

        foreach (string note in Notes)
        {
            text.Append("- ").Append(note).Append('\n');
        }

        return text.ToString();
    }
}
