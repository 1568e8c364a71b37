using System.Text.Json.Serialization;

namespace DeviceFlow.Measure.Memory;

/// <summary>The baseline a .NET developer would write: the RFC 6749 §5.1/§5.2 members as a DTO for System.Text.Json.</summary>
public sealed class TokenDto
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; set; }

    [JsonPropertyName("expires_in")]
    public int? ExpiresIn { get; set; }

    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; set; }

    [JsonPropertyName("scope")]
    public string? Scope { get; set; }

    [JsonPropertyName("error")]
    public string? Error { get; set; }

    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; set; }

    [JsonPropertyName("error_uri")]
    public string? ErrorUri { get; set; }
}

/// <summary>Source-generated metadata: the cheapest way System.Text.Json offers, so the baseline is a strong one.</summary>
[JsonSerializable(typeof(TokenDto))]
public sealed partial class TokenDtoContext : JsonSerializerContext
{
}
