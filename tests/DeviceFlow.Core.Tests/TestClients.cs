using DeviceFlow.Core.Protocol;
using DeviceFlow.Testing;

namespace DeviceFlow.Core.Tests;

internal static class TestClients
{
    public const string DeviceAuthorizationUrl = "https://as.example.com/device_authorization";
    public const string TokenUrl = "https://as.example.com/token";
    public const string ClientSecret = "s3cr3t:with&chars";

    public static ClientConfig Config(ClientAuthStyle style = ClientAuthStyle.None, string scope = "openid offline_access") => new()
    {
        ClientId = "sensor-firmware",
        ClientSecret = style == ClientAuthStyle.None ? null : ClientSecret,
        Scope = scope,
        AuthStyle = style,
        DeviceAuthorizationUrl = DeviceAuthorizationUrl,
        TokenUrl = TokenUrl,
    };

    public static DeviceFlowProtocol Protocol(ScriptedTransport transport, ClientAuthStyle style = ClientAuthStyle.None)
        => new(Config(style), transport);
}
