using System.Linq;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Providers;
using DeviceFlow.Testing;

namespace DeviceFlow.Providers.Tests;

/// <summary>RFC 8414 / OpenID discovery against served documents, and the stored result reused across boots.</summary>
public class DiscoveryTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Issuer = "https://sso.example.com/realms/sensors";

    private readonly ScriptedTransport _server = new();
    private readonly MemoryStorage _storage = new();
    private readonly RecordingLog _log = new();

    private static string Document(string issuer = Issuer, bool device = true, string extra = "")
        => "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/protocol/openid-connect/auth\","
           + "\"token_endpoint\":\"" + issuer + "/protocol/openid-connect/token\","
           + (device ? "\"device_authorization_endpoint\":\"" + issuer + "/protocol/openid-connect/auth/device\"," : string.Empty)
           + "\"revocation_endpoint\":\"" + issuer + "/protocol/openid-connect/revoke\","
           + "\"grant_types_supported\":[\"authorization_code\",\"refresh_token\",\"urn:ietf:params:oauth:grant-type:device_code\"],"
           + "\"response_types_supported\":[\"code\"]" + extra + "}";

    private static HttpResult NotFound => HttpResult.Completed(404, "text/html", "<html>Not Found</html>", HttpResult.NoRetryAfter);

    private MetadataDiscovery Discovery() => new(_server);

    [Theory]
    [InlineData("https://sso.example.com/realms/sensors", "https://sso.example.com/.well-known/oauth-authorization-server/realms/sensors")]
    [InlineData("https://sso.example.com/realms/sensors/", "https://sso.example.com/.well-known/oauth-authorization-server/realms/sensors")]
    [InlineData("https://dev-1.okta.com", "https://dev-1.okta.com/.well-known/oauth-authorization-server")]
    [InlineData("https://dev-1.okta.com:8443/oauth2/default", "https://dev-1.okta.com:8443/.well-known/oauth-authorization-server/oauth2/default")]
    public void Rfc8414_inserts_the_well_known_path_after_the_host(string issuer, string expected)
        => Assert.Equal(expected, MetadataDiscovery.OAuthMetadataUrl(issuer));

    [Fact]
    public void Openid_configuration_is_appended_to_the_issuer()
        => Assert.Equal("https://tenant.auth0.com/.well-known/openid-configuration", MetadataDiscovery.OpenIdConfigurationUrl("https://tenant.auth0.com/"));

    [Fact]
    public void Endpoints_come_from_the_rfc8414_document_with_a_get()
    {
        _server.ThenJson(200, Document());

        DiscoveryResult result = Discovery().Discover(Issuer);

        Assert.Null(result.Problem);
        Assert.Equal(Issuer + "/protocol/openid-connect/auth/device", result.Metadata!.DeviceAuthorizationUrl);
        Assert.Equal(Issuer + "/protocol/openid-connect/token", result.Metadata.TokenUrl);
        Assert.Equal(Issuer + "/protocol/openid-connect/revoke", result.Metadata.RevocationUrl);
        HttpRequest sent = _server.Sent.Single().Request;
        Assert.Equal("GET", sent.Method);
        Assert.Null(sent.Body);
        Assert.Null(sent.Authorization);
        Assert.Equal(MetadataDiscovery.MaxDocumentBytes, sent.MaxResponseBytes);
    }

    [Fact]
    public void Discovered_endpoints_configure_the_client()
    {
        _server.ThenJson(200, Document());
        AuthorizationServerMetadata metadata = Discovery().Discover(Issuer).Metadata!;

        var config = ProviderClientConfig.FromMetadata(metadata, new ProviderSettings { ClientId = "sensor" }, out string? problem)!;

        Assert.Null(problem);
        Assert.Equal((metadata.DeviceAuthorizationUrl, metadata.TokenUrl, metadata.RevocationUrl), (config.DeviceAuthorizationUrl, config.TokenUrl, config.RevocationUrl));
    }

    [Fact]
    public void Openid_configuration_is_tried_when_there_is_no_rfc8414_document()
    {
        _server.Then(NotFound).ThenJson(200, Document());

        DiscoveryResult result = Discovery().Discover(Issuer);

        Assert.NotNull(result.Metadata);
        Assert.Equal(Issuer + "/.well-known/openid-configuration", _server.Sent[1].Url);
    }

    [Fact]
    public void A_document_for_another_issuer_is_refused()
    {
        _server.ThenJson(200, Document(issuer: "https://evil.example.com/realms/sensors"));

        DiscoveryResult result = Discovery().Discover(Issuer);

        Assert.Null(result.Metadata);
        Assert.False(result.IsTransient);
        Assert.Equal("metadata is for issuer https://evil.example.com/realms/sensors, not " + Issuer, result.Problem);
    }

    [Fact]
    public void A_provider_without_device_endpoint_gets_a_clear_error()
    {
        _server.ThenJson(200, Document(device: false));

        DiscoveryResult result = Discovery().Discover(Issuer);

        Assert.Null(result.Metadata);
        Assert.Equal("provider offers no device flow (no device_authorization_endpoint)", result.Problem);
    }

    [Fact]
    public void Plain_http_endpoints_of_an_https_issuer_are_refused()
    {
        _server.ThenJson(200, Document().Replace("\"token_endpoint\":\"https://", "\"token_endpoint\":\"http://"));

        Assert.Equal("token_endpoint is not an https URL", Discovery().Discover(Issuer).Problem);
    }

    [Fact]
    public void A_malformed_document_at_both_places_is_reported()
    {
        _server.ThenJson(200, "{\"issuer\":\"" + Issuer + "\",").Then(NotFound);

        DiscoveryResult result = Discovery().Discover(Issuer);

        Assert.Null(result.Metadata);
        Assert.Equal("no metadata at /.well-known/oauth-authorization-server or /.well-known/openid-configuration", result.Problem);
    }

    [Fact]
    public void An_oversize_document_is_refused_unread()
    {
        string padding = ",\"padding\":\"" + new string('x', MetadataDiscovery.MaxDocumentBytes) + "\"";
        _server.ThenJson(200, Document(extra: padding));

        DiscoveryResult result = Discovery().Discover(Issuer);

        Assert.Null(result.Metadata);
        Assert.Equal("metadata: response larger than 16384 bytes", result.Problem);
        Assert.Single(_server.Sent);
    }

    [Fact]
    public void A_network_failure_is_transient()
    {
        _server.Then(HttpResult.Failure(TransportOutcome.Timeout, null));

        DiscoveryResult result = Discovery().Discover(Issuer);

        Assert.True(result.IsTransient);
        Assert.Equal("metadata: timeout", result.Problem);
    }

    [Theory]
    [InlineData("sso.example.com/realms/sensors")]
    [InlineData("https://sso.example.com/realms?x=1")]
    [InlineData(null)]
    public void An_issuer_that_is_not_an_https_url_is_refused_without_a_request(string? issuer)
    {
        Assert.Equal("issuer must be an https URL without query or fragment", Discovery().Discover(issuer!).Problem);
        Assert.Empty(_server.Sent);
    }

    [Fact]
    public void Stored_endpoints_are_reused_on_the_next_boot_without_a_request()
    {
        _server.ThenJson(200, Document());
        DiscoveryResult first = Stored().Endpoints(Issuer);

        DiscoveryResult afterReboot = Stored().Endpoints(Issuer);

        Assert.Single(_server.Sent);
        Assert.Equal(first.Metadata!.DeviceAuthorizationUrl, afterReboot.Metadata!.DeviceAuthorizationUrl);
        Assert.Equal(first.Metadata.RevocationUrl, afterReboot.Metadata.RevocationUrl);
    }

    [Fact]
    public void A_changed_issuer_fetches_again_and_replaces_the_stored_endpoints()
    {
        const string other = "https://sso.example.com/realms/lab";
        _server.ThenJson(200, Document()).ThenJson(200, Document(issuer: other));
        Stored().Endpoints(Issuer);

        DiscoveryResult changed = Stored().Endpoints(other);

        Assert.Equal(2, _server.Sent.Count);
        Assert.Equal(other, AuthorizationServerMetadata.FromBlob(_storage.Read(StoredDiscovery.BlobName), out _)!.Issuer);
    }

    [Fact]
    public void A_torn_blob_is_ignored_and_discovery_runs_again()
    {
        _server.ThenJson(200, Document()).ThenJson(200, Document());
        _storage.CutPowerAt(0, 60, TornWrite.Truncated);
        Assert.Throws<PowerCutException>(() => Stored().Endpoints(Issuer));

        DiscoveryResult afterPowerCut = Stored().Endpoints(Issuer);

        Assert.NotNull(afterPowerCut.Metadata);
        Assert.Equal(2, _server.Sent.Count);
    }

    [Fact]
    public void Full_flash_still_returns_the_endpoints_and_says_so_in_the_log()
    {
        _server.ThenJson(200, Document());
        _storage.WriteResult = StorageResult.Full;

        DiscoveryResult result = Stored().Endpoints(Issuer);

        Assert.NotNull(result.Metadata);
        Assert.Contains("could not store the metadata (flash full)", _log.All);
    }

    [Fact]
    public void A_failed_discovery_stores_nothing()
    {
        _server.ThenJson(200, Document(device: false));

        Stored().Endpoints(Issuer);

        Assert.Equal(0, _storage.Writes);
    }

    [Fact]
    public void Blob_round_trips_without_revocation_endpoint()
    {
        var metadata = new AuthorizationServerMetadata(Issuer, "https://a/device", "https://a/token", null);

        AuthorizationServerMetadata copy = AuthorizationServerMetadata.FromBlob(metadata.ToBlob(), out _)!;

        Assert.Equal((Issuer, "https://a/device", "https://a/token", (string?)null), (copy.Issuer, copy.DeviceAuthorizationUrl, copy.TokenUrl, copy.RevocationUrl));
        Assert.Null(AuthorizationServerMetadata.FromBlob(System.Text.Encoding.UTF8.GetBytes("deviceflow-metadata-0\nx\ny\nz\n\nend\n"), out _));
    }

    [Theory]
    [InlineData("http://sso.example.com/realms/sensors")]
    [InlineData("HTTP://sso.example.com/realms/sensors")]
    [InlineData("ftp://sso.example.com/realms/sensors")]
    [InlineData("https://")]
    public void A_plain_http_issuer_is_refused_before_any_request(string issuer)
    {
        // RFC 8414 §2: the issuer is an https URL; a device must not fetch its endpoints over plain HTTP.
        _server.ThenJson(200, Document(issuer: issuer).Replace("https://", "http://"));

        DiscoveryResult result = Discovery().Discover(issuer);

        Assert.Null(result.Metadata);
        Assert.Equal("issuer must be an https URL without query or fragment", result.Problem);
        Assert.Empty(_server.Sent);
    }

    [Fact]
    public void A_stored_blob_with_a_flipped_byte_fails_its_crc_and_is_fetched_again()
    {
        _server.ThenJson(200, Document()).ThenJson(200, Document());
        Stored().Endpoints(Issuer);
        byte[] blob = _storage.Read(StoredDiscovery.BlobName)!;
        int at = System.Text.Encoding.UTF8.GetString(blob).IndexOf("token", System.StringComparison.Ordinal);
        blob[at] = (byte)'x';
        _storage.Put(StoredDiscovery.BlobName, blob);

        DiscoveryResult again = Stored().Endpoints(Issuer);

        Assert.Equal(Issuer + "/protocol/openid-connect/token", again.Metadata!.TokenUrl);
        Assert.Equal(2, _server.Sent.Count);
        Assert.Contains("stored metadata fails its CRC", _log.All);
    }

    [Fact]
    public void Stored_metadata_passes_the_same_https_checks_as_fresh_metadata()
    {
        // A blob with a valid frame but a plain-http endpoint (older firmware, or a flash edited by hand) is not used.
        _storage.Put(StoredDiscovery.BlobName, new AuthorizationServerMetadata(Issuer, Issuer + "/device", "http://sso.example.com/token", null).ToBlob());
        _server.ThenJson(200, Document());

        DiscoveryResult result = Stored().Endpoints(Issuer);

        Assert.Equal(Issuer + "/protocol/openid-connect/token", result.Metadata!.TokenUrl);
        Assert.Single(_server.Sent);
        Assert.Contains("token_endpoint is not an https URL", _log.All);
    }

    [Fact]
    public void The_stored_blob_is_a_fraction_of_the_document()
    {
        string document = Document();
        _server.ThenJson(200, document);
        Stored().Endpoints(Issuer);

        int blobBytes = _storage.Blobs[StoredDiscovery.BlobName].Length;

        // Four URLs and two marker lines: what a boot reads instead of re-fetching and parsing the document.
        output.WriteLine("stored blob " + blobBytes + " bytes, document " + System.Text.Encoding.UTF8.GetByteCount(document) + " bytes");
        Assert.True(blobBytes < 512, blobBytes + " bytes");
        Assert.True(blobBytes < System.Text.Encoding.UTF8.GetByteCount(document), blobBytes + " bytes");
    }

    private StoredDiscovery Stored() => new(_storage, Discovery(), _log);
}
