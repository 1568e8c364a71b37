using DeviceFlow.Core.Json;
using Xunit;

namespace DeviceFlow.Core.Tests.Json;

/// <summary>
/// Accept/reject cases in the style of JSONTestSuite (y_ must be accepted, n_ must be refused, i_ is the
/// implementation's choice, with the choice this reader makes), written for this project. Each refusal is also
/// checked for its message: what went wrong and the character offset where.
/// </summary>
public class JsonAcceptanceTableTests
{
    private const string Bom = "\uFEFF";

    public static TheoryData<string, string> Accepted => new()
    {
        { "y_object_empty", "{}" },
        { "y_array_empty", "[]" },
        { "y_object_nested_arrays", """{"a":[[1,2],[3,[4]]]}""" },
        { "y_array_of_arrays", "[[1]]" },
        { "y_structure_whitespace_all_four", " \t\r\n{ \t\r\n\"a\" \t\r\n: \t\r\n1 \t\r\n} \t\r\n" },
        { "y_structure_top_level_string", "\"x\"" },
        { "y_structure_top_level_number", "-0" },
        { "y_structure_top_level_literals", "[true,false,null]" },
        { "y_string_escaped_slash", """ "https:\/\/id.example\/device" """ },
        { "y_string_every_short_escape", """ "\"\\\/\b\f\n\r\t" """ },
        { "y_string_unicode_escape_lower_hex", """ "caf\u00e9" """ },
        { "y_string_unicode_escape_upper_hex", """ "caf\u00E9" """ },
        { "y_string_surrogate_pair_escaped", """ "\uD83D\uDE00" """ },
        { "y_string_raw_four_byte_utf8", "\"\U0001F600\"" },
        { "y_string_escaped_nul", """ "a\u0000b" """ },
        { "y_string_del_unescaped", "\"\u007f\"" },
        { "y_string_date_like", """{"device_code":"2025-01-01T12:00:00Z","token":"20250101T120000_abcdef"}""" },
        { "y_number_int64_max", "9223372036854775807" },
        { "y_number_int64_min", "-9223372036854775808" },
        { "y_number_fraction_and_exponent", "[1.5,-0.25e-3,1E+2,2e2,0.0]" },
        { "y_number_double_max", "1.7976931348623157e308" },
        { "y_number_underflow_is_zero", "1e-400" },
        { "y_number_long_fraction", "0.30000000000000004440892098500626161694526672363281" },
        { "y_object_depth_16", new string('[', 16) + new string(']', 16) },
        { "y_object_same_name_in_different_objects", """{"a":{"a":1},"b":{"a":2}}""" },
        { "i_structure_utf8_bom_accepted", Bom + """{"interval":5}""" },
    };

    public static TheoryData<string, string, string> Refused => new()
    {
        { "n_structure_empty", "", "JSON: no value at 0" },
        { "n_structure_only_whitespace", "  ", "JSON: no value at 2" },
        { "n_structure_trailing_garbage", "{}x", "JSON: trailing characters at 2" },
        { "n_structure_two_values", "{} {}", "JSON: trailing characters at 3" },
        { "n_structure_unclosed_object", """{"a":1""", "JSON: unexpected end at 6" },
        { "n_structure_unclosed_array", "[1,", "JSON: unexpected end at 3" },
        { "n_structure_close_mismatch", "[1}", "JSON: expected ',' or ']' at 2" },
        { "n_object_trailing_comma", """{"a":1,}""", "JSON: expected a member name at 7" },
        { "n_array_trailing_comma", "[1,]", "JSON: unexpected ']' at 3" },
        { "n_object_missing_colon", """{"a" 1}""", "JSON: expected ':' at 5" },
        { "n_object_unquoted_name", "{a:1}", "JSON: expected a member name at 1" },
        { "n_object_single_quoted_name", "{'a':1}", "JSON: expected a member name at 1" },
        { "n_string_single_quotes", "['a']", "JSON: unexpected ''' at 1" },
        { "n_object_duplicate_member", """{"interval":5,"device_code":"d","interval":10}""", "JSON: duplicate member \"interval\" at 32" },
        { "n_object_duplicate_member_escaped", """{"a":1,"\u0061":2}""", "JSON: duplicate member \"a\" at 7" },
        { "n_object_duplicate_member_nested", """{"o":{"x":1,"x":2}}""", "JSON: duplicate member \"x\" at 12" },
        { "n_string_unescaped_newline", "\"a\nb\"", "JSON: control character U+000A in a string at 2" },
        { "n_string_unescaped_tab", "\"a\tb\"", "JSON: control character U+0009 in a string at 2" },
        { "n_string_invalid_escape", """ "\x41" """, "JSON: invalid escape \\x at 2" },
        { "n_string_escaped_apostrophe", """ "\'" """, "JSON: invalid escape \\' at 2" },
        { "n_string_short_unicode_escape", """ "\u00e" """, "JSON: invalid \\u escape at 2" },
        { "n_string_unicode_escape_not_hex", """ "\u00g0" """, "JSON: invalid \\u escape at 2" },
        { "n_string_unterminated", "\"abc", "JSON: unterminated string at 0" },
        { "n_number_leading_zero", "[01]", "JSON: leading zero in a number at 1" },
        { "n_number_plus_sign", "[+1]", "JSON: unexpected '+' at 1" },
        { "n_number_bare_point", "[1.]", "JSON: invalid number at 1" },
        { "n_number_point_first", "[.5]", "JSON: unexpected '.' at 1" },
        { "n_number_empty_exponent", "[1e]", "JSON: invalid number at 1" },
        { "n_number_hex", "[0x10]", "JSON: expected ',' or ']' at 2" },
        { "n_number_infinity", "[Infinity]", "JSON: unexpected 'I' at 1" },
        { "n_number_nan", "[NaN]", "JSON: unexpected 'N' at 1" },
        { "n_literal_capitalised", "[True]", "JSON: unexpected 'T' at 1" },
        { "n_literal_truncated", "[tru]", "JSON: unexpected 't' at 1" },
        { "n_structure_comment", "{/**/}", "JSON: expected a member name at 1" },
        { "n_structure_nbsp_is_not_whitespace", "\u00a0{}", "JSON: unexpected U+00A0 at 0" },
        { "n_structure_depth_17", new string('[', 17) + new string(']', 17), "JSON: nesting deeper than 16 at 16" },
        { "n_structure_bom_not_first", " " + Bom + "{}", "JSON: unexpected U+FEFF at 1" },
        { "n_structure_two_boms", Bom + Bom + "{}", "JSON: unexpected U+FEFF at 1" },
        { "i_number_above_int64", "9223372036854775808", "JSON: number out of range at 0" },
        { "i_number_above_uint64", "[18446744073709551616]", "JSON: number out of range at 1" },
        { "i_number_below_int64", "-9223372036854775809", "JSON: number out of range at 0" },
        { "i_number_double_overflow", "[1e309]", "JSON: number out of range at 1" },
        { "i_number_double_overflow_by_rounding", "1.7976931348623159e308", "JSON: number out of range at 0" },
        { "i_number_huge_exponent", "-1e99999999999999999999", "JSON: number out of range at 0" },
        { "i_string_lone_high_surrogate", """ "\uD83D" """, "JSON: lone surrogate \\uD83D at 2" },
        { "i_string_lone_low_surrogate", """ "\uDE00x" """, "JSON: lone surrogate \\uDE00 at 2" },
        { "i_string_reversed_surrogates", """ "\uDE00\uD83D" """, "JSON: lone surrogate \\uDE00 at 2" },
        { "i_string_high_then_non_surrogate", """ "\uD83D\u0041" """, "JSON: lone surrogate \\uD83D at 2" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Accepted_documents_parse(string name, string text)
    {
        JsonTree? tree = JsonTree.Parse(text, out string? error);
        Assert.True(tree is not null, name + ": " + error);
        Assert.Null(error);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refused_documents_say_what_and_where(string name, string text, string message)
    {
        Assert.True(JsonTree.Parse(text, out string? error) is null, name + " was accepted");
        Assert.Equal(message, error);
    }

    [Fact]
    public void A_date_like_string_stays_the_string_it_was()
    {
        JsonTree tree = Parse("""{"device_code":"2025-01-01T12:00:00Z"}""");
        Assert.Equal("2025-01-01T12:00:00Z", tree.GetString(tree.Find(JsonTree.Root, "device_code")));
    }

    [Fact]
    public void Escapes_decode_to_the_characters_they_stand_for()
    {
        JsonTree tree = Parse(""" {"u":"https:\/\/x\/d","e":"caf\u00e9","s":"\uD83D\uDE00","q":"\"\\\b\f\n\r\t","raw":"😀"} """);
        Assert.Equal("https://x/d", tree.GetString(tree.Find(JsonTree.Root, "u")));
        Assert.Equal("café", tree.GetString(tree.Find(JsonTree.Root, "e")));
        Assert.Equal("😀", tree.GetString(tree.Find(JsonTree.Root, "s")));
        Assert.Equal("\"\\\b\f\n\r\t", tree.GetString(tree.Find(JsonTree.Root, "q")));
        Assert.Equal("😀", tree.GetString(tree.Find(JsonTree.Root, "raw")));
    }

    [Fact]
    public void Numbers_keep_their_type_and_value()
    {
        JsonTree tree = Parse("""[5,-2147483649,9223372036854775807,1.5,1e2,-0.0]""");
        int[] items = Items(tree);
        Assert.True(tree.TryGetInt32(items[0], out int five) && five == 5);
        Assert.False(tree.TryGetInt32(items[1], out _));
        Assert.True(tree.TryGetInt64(items[1], out long below) && below == -2147483649L);
        Assert.True(tree.TryGetInt64(items[2], out long max) && max == long.MaxValue);
        Assert.False(tree.TryGetInt64(items[3], out _));
        Assert.True(tree.TryGetDouble(items[3], out double half) && half == 1.5);
        Assert.False(tree.TryGetInt64(items[4], out _));
        Assert.True(tree.TryGetDouble(items[4], out double hundred) && hundred == 100);
        Assert.True(tree.TryGetDouble(items[5], out double negativeZero) && double.IsNegative(negativeZero));
    }

    [Fact]
    public void Members_are_found_by_name_in_place_and_strings_are_never_numbers()
    {
        JsonTree tree = Parse("""{"interval":"5","expires_in":900,"nested":{"interval":7},"list":[{"a":1}]}""");
        int interval = tree.Find(JsonTree.Root, "interval");
        Assert.Equal(JsonKind.String, tree.Kind(interval));
        Assert.False(tree.TryGetInt32(interval, out _));
        Assert.True(tree.StringEquals(interval, "5"));
        Assert.Equal(-1, tree.Find(JsonTree.Root, "missing"));
        Assert.Equal(-1, tree.Find(tree.Find(JsonTree.Root, "list"), "a"));
        int nested = tree.Find(JsonTree.Root, "nested");
        Assert.True(tree.TryGetInt32(tree.Find(nested, "interval"), out int seven) && seven == 7);
        Assert.Equal(JsonKind.Array, tree.Kind(tree.Find(JsonTree.Root, "list")));
    }

    private static JsonTree Parse(string text) => JsonTree.Parse(text, out string? error) ?? throw new Xunit.Sdk.XunitException(error);

    private static int[] Items(JsonTree tree)
    {
        var items = new System.Collections.Generic.List<int>();
        for (int item = tree.FirstItem(JsonTree.Root); item >= 0; item = tree.NextItem(JsonTree.Root, item))
        {
            items.Add(item);
        }

        return items.ToArray();
    }
}
