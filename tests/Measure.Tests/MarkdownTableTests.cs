using System;
using DeviceFlow.Measure.Report;

namespace DeviceFlow.Measure.Tests;

public class MarkdownTableTests
{
    [Fact]
    public void Prints_a_header_a_rule_and_padded_rows()
    {
        string text = new MarkdownTable("name", "bytes").Row("core", 1232).Row("peer", 7.5).ToString();

        Assert.Equal(
            "| name | bytes |\n| ---- | ----- |\n| core | 1232  |\n| peer | 7.5   |\n",
            text);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new MarkdownTable("a", "b").Row("only one"));
    }

    [Theory]
    [InlineData(1.0, "1.00×")]
    [InlineData(12.604, "12.60×")]
    [InlineData(double.NaN, "n/a")]
    [InlineData(double.PositiveInfinity, "n/a")]
    public void Ratios_print_with_two_decimals(double value, string expected)
    {
        Assert.Equal(expected, MarkdownTable.Ratio(value));
    }
}
