using System.IO;
using System.Linq;
using DeviceFlow.Core.Config;
using DeviceFlow.Core.Json;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Providers;
using DeviceFlow.Testing;

namespace DeviceFlow.Device.Tests;

/// <summary>One implementation of each rule: the same URL gets the same verdict wherever the firmware checks it; one flash fake.</summary>
public class OneRuleTests
{
    [Theory]
    [InlineData("https://as.example.com/token", true)]
    [InlineData("HTTPS://as.example.com/token", true)]
    [InlineData("Https://as.example.com:8443/realms/x", true)]
    [InlineData("http://as.example.com/token", false)]
    [InlineData("HTTP://as.example.com/token", false)]
    [InlineData("ftp://as.example.com/token", false)]
    [InlineData("https://", false)]
    [InlineData("https:///token", false)]
    [InlineData("https://as example.com/token", false)]
    [InlineData("as.example.com/token", false)]
    public void Every_https_check_of_the_firmware_gives_the_same_verdict(string url, bool https)
    {
        // config.json's endpoints (ConfigReader), a discovered document's endpoints and issuer, the rule itself.
        DeviceConfigParser.Parse("{\"client_id\":\"c\",\"device_authorization_endpoint\":\"https://as.example.com/d\",\"token_endpoint\":\"" + url + "\"}",
            out string configError);
        bool config = configError != "token_endpoint: must be an https:// URL";
        JsonTree document = JsonTree.Parse("{\"issuer\":\"https://as.example.com\",\"device_authorization_endpoint\":\"https://as.example.com/d\",\"token_endpoint\":\"" + url + "\"}", out _);
        bool metadata = AuthorizationServerMetadata.FromDocument(document, "https://as.example.com", out _) is not null;
        DiscoveryResult discovered = new MetadataDiscovery(new ScriptedTransport { Fallback = _ => HttpResult.Failure(TransportOutcome.ConnectionFailed, null) }).Discover(url);
        bool issuer = discovered.Problem != "issuer must be an https URL without query or fragment";

        Assert.Equal((https, https, https, https), (HttpsUrl.Is(url), config, metadata, issuer));
    }

    [Fact]
    public void One_in_memory_storage_fake_serves_every_test_and_the_fleet_model()
    {
        string[] implementations = new[] { "tests", "tools" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(RepoRoot.Path, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !file.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
            .Where(file => File.ReadAllText(file).Contains(": " + nameof(IStorage), System.StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(RepoRoot.Path, file).Replace(Path.DirectorySeparatorChar, '/'))
            .OrderBy(file => file, System.StringComparer.Ordinal)
            .ToArray();

        // The simulator's FileStorage is the board's flash on a PC, not a fake. NFUnitTest keeps its own: it runs on
        // nanoCLR, which cannot load the host test library (generics, xunit).
        Assert.Equal(new[] { "tests/DeviceFlow.Testing/MemoryStorage.cs", "tests/NFUnitTest/MemoryStorage.cs", "tools/Simulator/DeviceFlow.Host/FileStorage.cs" }, implementations);
    }
}
