using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using DeviceFlow.DevServer;

namespace DeviceFlow.Simulator;

/// <summary>Where the device talks to: the embedded DevServer, a discovery document, a preset or explicit URLs.</summary>
internal sealed record ProviderEndpoints(string DeviceAuthorization, string Token, string? Revocation, string? Readings, string ClientId, string? ClientSecret, string Scope)
{
    /// <summary>GitHub has no discovery document; its device flow endpoints are documented (docs.github.com, device flow).</summary>
    private const string GitHubDeviceCode = "https://github.com/login/device/code";
    private const string GitHubToken = "https://github.com/login/oauth/access_token";

    public static ProviderEndpoints ForDevServer(RunningDevServer server)
    {
        return new ProviderEndpoints(
            server.DeviceAuthorizationEndpoint.ToString(),
            server.TokenEndpoint.ToString(),
            server.RevocationEndpoint.ToString(),
            server.ReadingsEndpoint.ToString(),
            DevServerOptions.FirmwareClientId,
            null,
            DevServerOptions.ReadingsScope + " offline_access");
    }

    /// <summary>Explicit endpoints win; otherwise the GitHub preset; otherwise RFC 8414 / OpenID discovery at the issuer.</summary>
    public static async Task<ProviderEndpoints> ForRealProviderAsync(SimulatorOptions options)
    {
        string? device = options.DeviceAuthorizationEndpoint;
        string? token = options.TokenEndpoint;
        string? revocation = options.RevocationEndpoint;
        if (options.Provider == "github")
        {
            device ??= GitHubDeviceCode;
            token ??= GitHubToken;
        }
        else if (options.Issuer is not null && (device is null || token is null))
        {
            using JsonDocument discovery = await DiscoverAsync(options.Issuer);
            device ??= Member(discovery, "device_authorization_endpoint");
            token ??= Member(discovery, "token_endpoint");
            revocation ??= Member(discovery, "revocation_endpoint");
        }

        if (device is null || token is null)
        {
            throw new InvalidOperationException("the provider has no device authorization or token endpoint; pass --device-authorization-endpoint and --token-endpoint");
        }

        return new ProviderEndpoints(device, token, revocation, options.ReadingsUrl, options.ClientId!, options.ClientSecret, options.Scope ?? string.Empty);
    }

    private static async Task<JsonDocument> DiscoverAsync(string issuer)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        string root = issuer.TrimEnd('/');
        foreach (string path in new[] { "/.well-known/openid-configuration", "/.well-known/oauth-authorization-server" })
        {
            using HttpResponseMessage response = await http.GetAsync(root + path);
            if (response.IsSuccessStatusCode)
            {
                return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            }
        }

        throw new InvalidOperationException("no discovery document at " + root + "/.well-known/openid-configuration");
    }

    private static string? Member(JsonDocument document, string name)
    {
        return document.RootElement.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
