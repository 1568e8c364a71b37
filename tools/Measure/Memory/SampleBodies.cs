using System.Text;

namespace DeviceFlow.Measure.Memory;

/// <summary>
/// Token-endpoint bodies shaped like the local DevServer's (OpenIddict): a pending error with description and
/// error_uri, and a token response with a JWT-sized access token. Every parser must at least copy the token
/// strings, so their length is part of the figure and is the same for every contender.
/// </summary>
public static class SampleBodies
{
    public const string DeviceCode = "Xk3b0QWq8sJd7Tn2VfLh5Rz9Gy4Pc1Me6Au0Ni3Ko8Bt";

    public const string Pending = "{\"error\":\"authorization_pending\",\"error_description\":\"The authorization has not been granted yet by the end user.\",\"error_uri\":\"https://documentation.openiddict.com/errors/ID2194\"}";

    public static readonly string Tokens = "{\"access_token\":\"" + Jwt(640) + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"openid offline_access\",\"refresh_token\":\"" + Jwt(420) + "\"}";

    public static readonly string DeviceAuthorization = "{\"device_code\":\"" + DeviceCode + "\",\"user_code\":\"WDJB-MJHT\",\"verification_uri\":\"https://localhost:5001/device\",\"verification_uri_complete\":\"https://localhost:5001/device?user_code=WDJB-MJHT\",\"expires_in\":600,\"interval\":5}";

    /// <summary>A base64url string of the given length, the shape of a signed token.</summary>
    private static string Jwt(int length)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            text.Append(i % 200 == 199 ? '.' : alphabet[(i * 37) % alphabet.Length]);
        }

        return text.ToString();
    }
}
