using CsCheck;
using DeviceFlow.Core.Tokens;

namespace DeviceFlow.Tokens.Tests;

/// <summary>Properties of the record over generated tokens and generated garbage.</summary>
public class TokenRecordPropertyTests
{
    private static readonly Gen<string?> AnyField = Gen.Frequency(
        (1, Gen.Const((string?)null)),
        (6, Gen.String[Gen.Char, 1, 600].Select(text => (string?)text)));

    private static readonly Gen<TokenExpiry> AnyExpiry = Gen.Select(Gen.Int[0, 3], Gen.Long)
        .Select((kind, value) => new TokenExpiry((ExpiryKind)kind, value));

    [Fact]
    public void Any_token_set_round_trips_exactly()
    {
        Gen.Select(Gen.String[Gen.Char, 1, 600], AnyField, AnyField, AnyField, AnyExpiry, Gen.UInt)
            .Sample((access, refresh, type, scope, expiry, sequence) =>
            {
                var tokens = new TokenSet(access, refresh, type, scope, expiry);
                var decoded = TokenRecord.Decode(new TokenRecord(sequence, "identity", tokens).Encode(), out string? problem);
                return problem == null && decoded.Sequence == sequence && decoded.Identity == "identity" && SameText(tokens, decoded.Tokens);
            });
    }

    [Fact]
    public void Garbage_never_throws_and_never_decodes()
    {
        Gen.Byte.Array[0, 400].Sample(bytes =>
        {
            var decoded = TokenRecord.Decode(bytes, out string? problem);
            return decoded == null && problem != null;
        });
    }

    /// <summary>
    /// Unpaired UTF-16 surrogates cannot survive UTF-8 (they become U+FFFD); tokens are ASCII in practice, so the
    /// comparison goes through the same encoding.
    /// </summary>
    private static bool SameText(TokenSet expected, TokenSet actual)
        => Utf8(expected.AccessToken) == actual.AccessToken && Utf8(expected.RefreshToken) == actual.RefreshToken
            && Utf8(expected.TokenType) == actual.TokenType && Utf8(expected.Scope) == actual.Scope && expected.Expiry.SameAs(actual.Expiry);

    private static string? Utf8(string? text)
        => text == null ? null : System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(text));
}
