using System.Text;
using System.Text.Json;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;

namespace DeviceFlow.Host;

/// <summary>
/// The simulator's tokens in "flash": one JSON blob through the storage port. A stand-in until the core's
/// token store (two slots, CRC) lands; an unreadable blob counts as no tokens, so the device pairs again.
/// </summary>
public sealed class TokenFile
{
    public const string BlobName = "tokens.json";

    private readonly IStorage _flash;

    public TokenFile(IStorage flash)
    {
        _flash = flash;
    }

    public TokenResponse? Load()
    {
        byte[]? blob = _flash.Read(BlobName);
        if (blob is null)
        {
            return null;
        }

        try
        {
            Stored? stored = JsonSerializer.Deserialize<Stored>(blob);
            return stored?.AccessToken is null ? null : new TokenResponse(stored.AccessToken, stored.TokenType ?? "Bearer", stored.RefreshToken, stored.ExpiresInSeconds, stored.Scope);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public StorageResult Save(TokenResponse tokens)
    {
        var stored = new Stored(tokens.AccessToken, tokens.TokenType, tokens.RefreshToken, tokens.ExpiresInSeconds, tokens.Scope);
        return _flash.Write(BlobName, Encoding.UTF8.GetBytes(JsonSerializer.Serialize(stored)));
    }

    public StorageResult Forget()
    {
        return _flash.Delete(BlobName);
    }

    private sealed record Stored(string? AccessToken, string? TokenType, string? RefreshToken, int ExpiresInSeconds, string? Scope);
}
