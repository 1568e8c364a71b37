using DeviceFlow.Core.Tokens;

namespace DeviceFlow.Tokens.Tests;

/// <summary>Token sets for tests; values are recognisable so a log scan can look for them.</summary>
internal static class Tokens
{
    public static TokenSet Set(int serial, int accessLength, int refreshLength)
        => new(Fill("at-" + serial + "-", accessLength), Fill("rt-" + serial + "-", refreshLength), "Bearer", "openid offline_access",
            new TokenExpiry(ExpiryKind.Utc, 1_800_000_000 + serial));

    private static string Fill(string prefix, int length)
    {
        var text = new System.Text.StringBuilder(prefix);
        while (text.Length < length)
        {
            text.Append((char)('a' + (text.Length % 26)));
        }

        return text.ToString();
    }
}
