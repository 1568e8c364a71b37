using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Threading;
using CsCheck;
using DeviceFlow.Core.Json;
using Xunit;
using Xunit.Abstractions;

namespace DeviceFlow.Core.Tests.Json;

/// <summary>
/// The core's JSON reader against System.Text.Json as the oracle, over generated documents: valid ones of every
/// shape and mutated ones, with every trap nanoFramework.Json fell into on the real runtime (reference §12) among
/// the pieces. The oracle is JsonDocument (no comments, no trailing commas, depth 16) plus the rules STJ leaves to
/// its caller and this reader decides: a duplicate member name, a string that is not valid UTF-16, an integer
/// beyond Int64 or a number beyond double are refused, and a leading U+FEFF is skipped (RFC 8259 §8.1).
/// A failure prints CsCheck's seed; set CsCheck_Seed to it to replay.
/// </summary>
public class JsonDifferentialTests
{
    private const int Cases = 100_000;

    private readonly ITestOutputHelper _output;

    public JsonDifferentialTests(ITestOutputHelper output) => _output = output;

    private static readonly JsonDocumentOptions Strict = new() { MaxDepth = JsonTree.MaxDepth, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };

    [Fact]
    public void The_reader_accepts_and_reads_exactly_what_the_oracle_does()
    {
        int accepted = 0;
        int refused = 0;
        JsonTexts.Any.Sample(text =>
        {
            JsonTree? tree;
            string? error;
            try
            {
                tree = JsonTree.Parse(text, out error);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException("the reader threw " + e.GetType().Name + " for " + Show(text));
            }

            using JsonDocument? oracle = Oracle(text);
            if (oracle is null)
            {
                Assert.True(tree is null, "accepted what the oracle refuses: " + Show(text));
                Assert.Matches(@"^JSON: .+ at \d+$", error);
                Interlocked.Increment(ref refused);
                return;
            }

            Assert.True(tree is not null, error + " for what the oracle accepts: " + Show(text));
            Same(oracle.RootElement, tree!, JsonTree.Root, text);
            Interlocked.Increment(ref accepted);
        }, iter: Cases);

        // Both sides of the line must be exercised, not just one.
        _output.WriteLine($"{Cases} documents: {accepted} accepted by both, {refused} refused by both");
        Assert.True(accepted > Cases / 5 && refused > Cases / 5, $"accepted {accepted}, refused {refused}");
    }

    [Theory]
    [InlineData("""{"device_code":"2025-01-01T12:00:00Z","user_code":"20250101T120000_abcdef"}""")]
    [InlineData("""{"verification_uri":"https:\/\/id.example\/device"}""")]
    [InlineData("""{"name":"caf\u00e9 \uD83D\uDE00"}""")]
    [InlineData("""{"scopes":[["a"],["b",["c"]]]}""")]
    [InlineData("""{"interval":5,"interval":10}""")]
    [InlineData("""{"big":18446744073709551616}""")]
    [InlineData("""{"big":9223372036854775808}""")]
    [InlineData("""{"big":1e400}""")]
    [InlineData("\uFEFF{\"provider\":\"github\"}")]
    [InlineData("{'error':'slow_down'}")]
    [InlineData("\"\U0001F600\"")]
    public void Each_runtime_trap_gets_the_oracle_answer(string text)
    {
        using JsonDocument? oracle = Oracle(text);
        JsonTree? tree = JsonTree.Parse(text, out _);
        Assert.Equal(oracle is not null, tree is not null);
        if (oracle is not null)
        {
            Same(oracle.RootElement, tree!, JsonTree.Root, text);
        }
    }

    [Fact]
    public void A_number_exactly_halfway_between_two_doubles_rounds_to_the_even_one()
    {
        // 4046999999999998427136 = (7719039916992184 + 1/2) × 2^19: IEEE 754's ties-to-even picks 7719039916992184 × 2^19.
        JsonTree tree = JsonTree.Parse("[-4046999999999998427136.000]", out _)!;
        Assert.True(tree.TryGetDouble(tree.FirstItem(JsonTree.Root), out double value));
        Assert.Equal(-4046999999999998164992d, value);
    }

    [Fact]
    public void Nesting_past_the_limit_is_refused_by_both()
    {
        string deep = new string('[', JsonTree.MaxDepth + 1) + new string(']', JsonTree.MaxDepth + 1);
        Assert.Null(Oracle(deep));
        Assert.Null(JsonTree.Parse(deep, out _));
    }

    /// <summary>The oracle's document, or null when it (or a rule this reader adds, see the class summary) refuses the text.</summary>
    private static JsonDocument? Oracle(string text)
    {
        string body = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, Strict);
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            return null;
        }

        if (Allowed(document.RootElement))
        {
            return document;
        }

        document.Dispose();
        return null;
    }

    private static bool Allowed(JsonElement element)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var names = new HashSet<string>(StringComparer.Ordinal);
                    foreach (JsonProperty member in element.EnumerateObject())
                    {
                        if (!names.Add(member.Name) || !Allowed(member.Value))
                        {
                            return false;
                        }
                    }

                    return true;
                case JsonValueKind.Array:
                    foreach (JsonElement item in element.EnumerateArray())
                    {
                        if (!Allowed(item))
                        {
                            return false;
                        }
                    }

                    return true;
                case JsonValueKind.String:
                    _ = element.GetString();
                    return true;
                case JsonValueKind.Number:
                    return IsIntegral(element.GetRawText()) ? element.TryGetInt64(out _) : element.TryGetDouble(out double real) && double.IsFinite(real);
                default:
                    return true;
            }
        }
        catch (InvalidOperationException)
        {
            // STJ's GetString refuses text that is not valid UTF-16 (a lone surrogate escape).
            return false;
        }
    }

    private static void Same(JsonElement expected, JsonTree tree, int node, string text)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                Assert.Equal(JsonKind.Object, tree.Kind(node));
                int member = tree.FirstMember(node);
                foreach (JsonProperty property in expected.EnumerateObject())
                {
                    Assert.True(member >= 0, "member missing: " + property.Name);
                    Assert.Equal(property.Name, tree.GetString(member));
                    Assert.True(tree.StringEquals(member, property.Name));
                    Assert.Equal(member + 1, tree.Find(node, property.Name));
                    Same(property.Value, tree, member + 1, text);
                    member = tree.NextMember(node, member);
                }

                Assert.Equal(-1, member);
                break;
            case JsonValueKind.Array:
                Assert.Equal(JsonKind.Array, tree.Kind(node));
                int item = tree.FirstItem(node);
                foreach (JsonElement element in expected.EnumerateArray())
                {
                    Assert.True(item >= 0, "item missing in " + Show(text));
                    Same(element, tree, item, text);
                    item = tree.NextItem(node, item);
                }

                Assert.Equal(-1, item);
                break;
            case JsonValueKind.String:
                Assert.Equal(JsonKind.String, tree.Kind(node));
                Assert.Equal(expected.GetString(), tree.GetString(node));
                Assert.False(tree.TryGetDouble(node, out _));
                break;
            case JsonValueKind.Number:
                Assert.Equal(JsonKind.Number, tree.Kind(node));
                Assert.True(tree.TryGetDouble(node, out double real));
                Assert.Equal(BitConverter.DoubleToInt64Bits(CorrectlyRounded(expected)), BitConverter.DoubleToInt64Bits(real));
                bool integral = IsIntegral(expected.GetRawText());
                Assert.Equal(integral, tree.TryGetInt64(node, out long whole));
                if (integral)
                {
                    Assert.Equal(expected.GetInt64(), whole);
                    Assert.Equal(expected.TryGetInt32(out int small), tree.TryGetInt32(node, out int ours));
                    Assert.Equal(small, ours);
                }

                break;
            case JsonValueKind.True:
                Assert.Equal(JsonKind.True, tree.Kind(node));
                break;
            case JsonValueKind.False:
                Assert.Equal(JsonKind.False, tree.Kind(node));
                break;
            default:
                Assert.Equal(JsonKind.Null, tree.Kind(node));
                break;
        }
    }

    /// <summary>
    /// The number's value rounded as IEEE 754 says (to nearest, ties to even). Not JsonElement.GetDouble: on an exact
    /// tie it can round the other way (seed 6Kwt8nWBEOb1 drew 4046999999999998427136, exactly halfway between two
    /// doubles: GetDouble gives the odd one, double.Parse and IEEE 754 the even one).
    /// </summary>
    private static double CorrectlyRounded(JsonElement number) => double.Parse(number.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static bool IsIntegral(string number) => number.IndexOfAny(['.', 'e', 'E']) < 0;

    private static string Show(string text)
    {
        var shown = new StringBuilder();
        foreach (char c in text.Length > 300 ? text[..300] : text)
        {
            shown.Append(c < ' ' || c > '~' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString());
        }

        return shown.ToString();
    }
}
