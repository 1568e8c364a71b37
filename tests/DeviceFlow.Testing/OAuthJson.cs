namespace DeviceFlow.Testing;

/// <summary>Real-shaped bodies used across tests.</summary>
public static class OAuthJson
{
    public const string DeviceCode = "GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS";

    public const string AccessToken = "at-SlAV32hkKG-secret";

    public const string RefreshToken = "rt-8xLOxBtZp8-secret";

    public static string DeviceAuthorization(int expiresIn = 900, int? interval = 5, string userCode = "WDJB-MJHT", string? complete = "https://example.com/device?user_code=WDJB-MJHT")
        => "{\"device_code\":\"" + DeviceCode + "\",\"user_code\":\"" + userCode + "\",\"verification_uri\":\"https://example.com/device\","
           + (complete == null ? string.Empty : "\"verification_uri_complete\":\"" + complete + "\",")
           + "\"expires_in\":" + expiresIn + (interval == null ? string.Empty : ",\"interval\":" + interval) + "}";

    public static string Tokens(int expiresIn = 3600, string? refreshToken = RefreshToken, string tokenType = "Bearer")
        => "{\"access_token\":\"" + AccessToken + "\",\"token_type\":\"" + tokenType + "\",\"expires_in\":" + expiresIn
           + (refreshToken == null ? string.Empty : ",\"refresh_token\":\"" + refreshToken + "\"") + "}";

    public static string Error(string code, string? extra = null)
        => "{\"error\":\"" + code + "\"" + (extra == null ? string.Empty : "," + extra) + "}";
}
