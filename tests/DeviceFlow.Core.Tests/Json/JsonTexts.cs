using System;
using System.Globalization;
using System.Linq;
using CsCheck;

namespace DeviceFlow.Core.Tests.Json;

/// <summary>
/// Generators of JSON texts: valid documents of every shape written in every legal way (whitespace, escapes,
/// number spellings), and the same documents mutated. The pieces include each trap of reference §12: date-like
/// strings of 18+ characters, \/, \u escapes with hex letters and surrogate pairs, nested arrays, duplicate
/// names (a small name pool makes them common), numbers past Int64, UInt64 and double, a BOM, single quotes,
/// nesting around the depth limit, raw 4-byte UTF-8.
/// </summary>
internal static class JsonTexts
{
    private static readonly Gen<string> Space = Gen.OneOf("", "", "", "", " ", "\n", "\t", "\r\n  ", " \t");

    private static readonly Gen<string> StringPiece = Gen.Frequency(
        (12, Gen.String[Gen.Char["abcXYZ019 -_.:+~!#$%&()*,;<=>?@^`{|}"], 1, 8]),
        (3, Gen.OneOf("\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t")),
        (3, Gen.Int[0, 0xFFFF].Where(u => u < 0xD800 || u > 0xDFFF).Select(Gen.Bool, (u, upper) => "\\u" + u.ToString(upper ? "X4" : "x4", CultureInfo.InvariantCulture))),
        (2, Gen.Int[0x10000, 0x10FFFF].Select(Gen.Bool, (c, escaped) => escaped ? Escaped(char.ConvertFromUtf32(c)) : char.ConvertFromUtf32(c))),
        (2, Gen.OneOf("é", "日本", "\u007f", "\u00a0", "😀", "\u2028")),
        (2, Gen.OneOf("2025-01-01T12:00:00Z", "2025-01-01T12:00:00.000+01:00", "20250101T120000_abcdef", "2019-06-14T09:32:41.1234567Z", "Mon, 01 Jan 2025 12:00:00 GMT")),
        (1, Gen.OneOf("\\uD83D", "\\uDE00", "\\uDE00\\uD83D", "\\u12", "\\x41", "\\'", "\\", "\n", "\u0001", "\t")));

    private static readonly Gen<string> QuotedString = StringPiece.Array[0, 5].Select(pieces => "\"" + string.Concat(pieces) + "\"");

    private static readonly Gen<string> Number = Gen.Frequency(
        (4, Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture))),
        (3, Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture))),
        (2, Gen.OneOf("9223372036854775807", "-9223372036854775808", "9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616", "1e309", "-1e309", "1.7976931348623157e308", "1.7976931348623159e308", "4.9e-324", "2e-324", "1e-400", "-0", "-0.0", "0e99999", "1E+2", "0.30000000000000004")),
        (3, Gen.Double.Where(double.IsFinite).Select(Gen.Int[0, 2], (d, style) => d.ToString(style == 0 ? "R" : style == 1 ? "E10" : "F3", CultureInfo.InvariantCulture))),
        (4, Gen.Select(Gen.Bool, Gen.String[Gen.Char['0', '9'], 1, 25], Gen.String[Gen.Char['0', '9'], 0, 25], Gen.Int[-420, 420], Gen.Int[0, 3],
            (negative, whole, fraction, exponent, form) => (negative ? "-" : "") + WithoutLeadingZeros(whole) + (fraction.Length > 0 ? "." + fraction : "")
                + (form == 0 ? "" : (form == 1 ? "e" : "E") + (exponent >= 0 && form == 3 ? "+" : "") + exponent.ToString(CultureInfo.InvariantCulture)))));

    private static readonly Gen<string> Name = Gen.Frequency(
        (6, Gen.OneOf("\"a\"", "\"b\"", "\"interval\"", "\"device_code\"", "\"error\"", "\"expires_in\"", "\"\"")),
        (1, Gen.OneOf("\"\\u0061\"", "\"inter\\u0076al\"", "\"\\/\"", "\"/\"")),
        (3, QuotedString));

    private static readonly Gen<string> Scalar = Gen.Frequency(
        (4, QuotedString),
        (4, Number),
        (1, Gen.OneOf("true", "false", "null")));

    private static readonly Gen<string> Value = Nested(4);

    private static readonly Gen<string> Deep = Gen.Select(Gen.Int[JsonDeviceDepth - 2, JsonDeviceDepth + 2], Scalar, Gen.Bool, (depth, inner, objects) =>
        objects ? string.Concat(Enumerable.Repeat("{\"a\":", depth)) + inner + new string('}', depth)
            : new string('[', depth) + inner + new string(']', depth));

    private static readonly Gen<string> Document = Gen.Select(Gen.Frequency((12, Value), (1, Deep)), Space, Space, Gen.Int[0, 9],
        (value, before, after, bom) => (bom == 0 ? "\uFEFF" : "") + before + value + after);

    /// <summary>Mutations a broken server, a truncated read or another parser's leniency would produce.</summary>
    private static readonly Gen<string> Mutated = Gen.Select(Document, Gen.Int[0, 9], Gen.Int[0, int.MaxValue], Gen.Char["\"\\',:{}[]\n\u0001\uFEFFe-0. x/+\uD83D"], Mutate);

    /// <summary>Half valid documents, half mutated ones.</summary>
    public static readonly Gen<string> Any = Gen.Frequency((1, Document), (1, Mutated));

    private const int JsonDeviceDepth = DeviceFlow.Core.Json.JsonTree.MaxDepth;

    private static Gen<string> Nested(int depth)
    {
        if (depth == 0)
        {
            return Scalar;
        }

        Gen<string> inner = Nested(depth - 1);
        Gen<string> array = Gen.Select(inner.Array[0, 4], Space, (items, space) => "[" + space + string.Join(space + "," + space, items) + space + "]");
        Gen<string> member = Gen.Select(Name, inner, Space, (name, value, space) => name + space + ":" + space + value);
        Gen<string> obj = Gen.Select(member.Array[0, 5], Space, (members, space) => "{" + space + string.Join("," + space, members) + space + "}");
        return Gen.Frequency((3, Scalar), (2, array), (3, obj));
    }

    private static string Mutate(string text, int kind, int where, char c)
    {
        int at = text.Length == 0 ? 0 : where % text.Length;
        return kind switch
        {
            0 => text.Length == 0 ? text : text.Remove(at, 1),
            1 => text.Insert(at, c.ToString()),
            2 => text.Length == 0 ? text : text.Remove(at, 1).Insert(at, c.ToString()),
            3 => text[..at],
            4 => text + (where % 4 == 0 ? "x" : where % 4 == 1 ? "}" : where % 4 == 2 ? " {}" : "\u0000"),
            5 => text.Replace('"', '\''),
            6 => text.Insert(at, where % 3 == 0 ? "\\uD800" : where % 3 == 1 ? "\\u00G0" : ","),
            7 => "[" + text + "]",
            8 => text.Length > 1 && text[0] == '{' ? "{\"interval\":1," + text[1..] : text + text,
            _ => text.Replace("\\/", "/").Replace(",", " , "),
        };
    }

    private static string WithoutLeadingZeros(string digits)
    {
        string trimmed = digits.TrimStart('0');
        return trimmed.Length == 0 ? "0" : trimmed;
    }

    private static string Escaped(string surrogatePair)
        => "\\u" + ((int)surrogatePair[0]).ToString("X4", CultureInfo.InvariantCulture) + "\\u" + ((int)surrogatePair[1]).ToString("x4", CultureInfo.InvariantCulture);
}
