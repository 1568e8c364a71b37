using System;
using System.IO;
using System.Threading.Tasks;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.DevServer;
using DeviceFlow.Host;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>The HTTPS adapter against a real TLS server: trust exactly one root, cap bodies, one connection per request.</summary>
public sealed class TransportEndToEndTests
{
    [Fact]
    public async Task A_server_whose_certificate_does_not_chain_to_the_trusted_root_is_refused()
    {
        await using TestBench bench = await TestBench.StartAsync();
        await using TestBench other = await TestBench.StartAsync();
        using HttpsTransport trustingTheOtherCa = HttpsTransport.TrustingOnly(other.Server.CaCertificate, TimeSpan.FromSeconds(5));

        HttpResult result = trustingTheOtherCa.Send(DiscoveryRequest(bench, 64 * 1024));

        Assert.Equal(TransportOutcome.CertificateRejected, result.Outcome);
        Assert.Equal("certificate rejected", result.FailureDetail);
    }

    [Fact]
    public async Task The_system_roots_do_not_trust_the_development_ca()
    {
        await using TestBench bench = await TestBench.StartAsync();
        using HttpsTransport systemRoots = HttpsTransport.TrustingSystemRoots(TimeSpan.FromSeconds(5));

        Assert.Equal(TransportOutcome.CertificateRejected, systemRoots.Send(DiscoveryRequest(bench, 64 * 1024)).Outcome);
    }

    [Fact]
    public async Task A_body_over_the_cap_is_refused_unread_and_one_under_it_arrives_whole()
    {
        await using TestBench bench = await TestBench.StartAsync();

        HttpResult capped = bench.Transport.Send(DiscoveryRequest(bench, 64));
        HttpResult whole = bench.Transport.Send(DiscoveryRequest(bench, 64 * 1024));

        Assert.Equal(TransportOutcome.BodyTooLarge, capped.Outcome);
        Assert.Equal(TransportOutcome.Completed, whole.Outcome);
        Assert.Contains("device_authorization_endpoint", whole.Body);
    }

    [Fact]
    public async Task Each_request_opens_its_own_tls_connection_as_on_the_device()
    {
        await using TestBench bench = await TestBench.StartAsync();
        int before = bench.Server.Counters.TlsHandshakes;

        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(200, bench.Transport.Send(DiscoveryRequest(bench, 64 * 1024)).StatusCode);
        }

        Assert.Equal(before + 3, bench.Server.Counters.TlsHandshakes);
    }

    [Fact]
    public async Task A_stopped_server_refuses_the_connection_not_an_exception()
    {
        TestBench bench = await TestBench.StartAsync();
        HttpRequest request = DiscoveryRequest(bench, 64 * 1024);
        await bench.Server.StopAsync();

        Assert.Equal(TransportOutcome.ConnectionRefused, bench.Transport.Send(request).Outcome);
        await bench.DisposeAsync();
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_is_a_timeout_not_a_hang()
    {
        await using TestBench bench = await TestBench.StartAsync(o =>
        {
            o.PollScript = PollScripts.First(1, PollVerdict.Stall);
            o.StallTime = TimeSpan.FromSeconds(10);
        });
        DeviceAuthorization code = bench.Protocol().RequestDeviceAuthorization().Authorization;
        using HttpsTransport impatient = HttpsTransport.TrustingOnly(bench.Server.CaCertificate, TimeSpan.FromSeconds(1));
        var poll = new FormBody();
        poll.Add("grant_type", DeviceFlowProtocol.DeviceCodeGrantType);
        poll.Add("device_code", code.DeviceCode);
        poll.Add("client_id", bench.Config.ClientId);

        HttpResult result = impatient.Send(HttpRequest.PostForm(bench.Config.TokenUrl, poll.ToString(), null, 8192));

        // Had the transport waited out the 10 s stall, the server's answer (pending) would have come back instead.
        Assert.Equal(TransportOutcome.Timeout, result.Outcome);
        Assert.Equal(TokenAnswerKind.Pending, bench.Protocol().PollToken(code.DeviceCode).Kind);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("http://[")]
    [InlineData("ftp://127.0.0.1/token")]
    public void A_malformed_endpoint_is_a_failure_result_not_an_exception(string url)
    {
        using HttpsTransport transport = HttpsTransport.TrustingSystemRoots(TimeSpan.FromSeconds(2));

        HttpResult result = transport.Send(HttpRequest.PostForm(url, "a=b", null, 1024));

        Assert.NotEqual(TransportOutcome.Completed, result.Outcome);
        Assert.NotNull(result.FailureDetail);
    }

    [Fact]
    public void File_storage_keeps_blobs_and_refuses_names_that_leave_its_folder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "deviceflow-flash-" + Guid.NewGuid().ToString("N"));
        var flash = new FileStorage(folder);

        Assert.Equal(StorageResult.Ok, flash.Write("tokens.json", [1, 2, 3]));
        Assert.Equal([1, 2, 3], flash.Read("tokens.json"));
        Assert.Equal(StorageResult.Failed, flash.Write("../escape", [1]));
        Assert.Null(flash.Read("absent"));
        Assert.Equal(StorageResult.Ok, flash.Delete("tokens.json"));
        Assert.Equal(StorageResult.Ok, flash.Delete("tokens.json"));
        Directory.Delete(folder, recursive: true);
    }

    private static HttpRequest DiscoveryRequest(TestBench bench, int maxBytes)
    {
        return new HttpRequest("GET", new Uri(bench.Server.BaseUrl, "/.well-known/openid-configuration").ToString(), null!, null!, null!, maxBytes);
    }
}
