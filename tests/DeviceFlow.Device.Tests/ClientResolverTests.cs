using DeviceFlow.Core.Config;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Providers;
using DeviceFlow.Testing;

namespace DeviceFlow.Device.Tests;

public class ClientResolverTests
{
    private readonly VirtualTime _time = new();
    private readonly RecordingLog _log = new();
    private readonly ScriptedTransport _server;

    public ClientResolverTests()
    {
        _server = new ScriptedTransport(_time);
    }

    private ClientConfig? Resolve(string json, out string? problem)
    {
        DeviceConfig config = DeviceConfigParser.Parse(json, out string error)!;
        Assert.Null(error);
        var discovery = new StoredDiscovery(new MemoryStorage(), new MetadataDiscovery(_server), _log);
        ClientConfig? client = new ClientResolver(discovery).Resolve(config, out string resolveProblem, out _);
        problem = resolveProblem;
        return client;
    }

    [Fact]
    public void Explicit_endpoints_need_no_preset_and_no_network()
    {
        ClientConfig client = Resolve("""{"client_id":"c","device_authorization_endpoint":"https://x/d","token_endpoint":"https://x/t"}""", out _)!;
        Assert.Equal("https://x/t", client.TokenUrl);
        Assert.Empty(_server.Sent);
    }

    [Fact]
    public void A_preset_fills_the_endpoints_and_takes_the_response_cap()
    {
        ClientConfig client = Resolve("""{"provider":"github","client_id":"Iv1.abc","max_response_bytes":4096}""", out string? problem)!;
        Assert.Null(problem);
        Assert.StartsWith("https://github.com/", client.DeviceAuthorizationUrl, System.StringComparison.Ordinal);
        Assert.Equal("Iv1.abc", client.ClientId);
        Assert.Equal(4096, client.MaxResponseBytes);
    }

    [Fact]
    public void An_unknown_preset_is_named_with_the_field()
    {
        Assert.Null(Resolve("""{"provider":"nosuch","client_id":"c"}""", out string? problem));
        Assert.StartsWith("provider: unknown provider", problem, System.StringComparison.Ordinal);
    }
}
