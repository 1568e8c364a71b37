using System;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using DeviceFlow.Core.Ports;
using DeviceFlow.Host;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>
/// The host adapter names each failure with the board's outcome kinds and words, against real local listeners
/// on 127.0.0.1: a TLS server for another name, one with an untrusted root, plain HTTP, a reset, nothing at all.
/// </summary>
public sealed class TransportFailureTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public TransportFailureTests() => _listener.Start();

    private string Url => "https://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port + "/token";

    public void Dispose() => _listener.Stop();

    [Fact]
    public void A_certificate_for_another_host_is_rejected()
    {
        using X509Certificate2 ca = Ca();
        using X509Certificate2 leaf = Leaf(ca, "other.example");
        ServeTls(leaf);
        using HttpsTransport transport = HttpsTransport.TrustingOnly(ca, Timeout);

        HttpResult result = transport.Send(Post());

        Assert.Equal(TransportOutcome.CertificateRejected, result.Outcome);
        Assert.Equal("certificate rejected", result.FailureDetail);
    }

    [Fact]
    public void A_certificate_from_an_untrusted_root_is_rejected()
    {
        using X509Certificate2 ca = Ca();
        using X509Certificate2 stranger = Ca();
        using X509Certificate2 leaf = Leaf(ca, "127.0.0.1");
        ServeTls(leaf);
        using HttpsTransport transport = HttpsTransport.TrustingOnly(stranger, Timeout);

        Assert.Equal(TransportOutcome.CertificateRejected, transport.Send(Post()).Outcome);
    }

    [Fact]
    public void The_trusted_root_still_gets_through()
    {
        using X509Certificate2 ca = Ca();
        using X509Certificate2 leaf = Leaf(ca, "127.0.0.1");
        ServeTls(leaf, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        using HttpsTransport transport = HttpsTransport.TrustingOnly(ca, Timeout);

        HttpResult result = transport.Send(Post());

        Assert.Equal(TransportOutcome.Completed, result.Outcome);
        Assert.Equal("{}", result.Body);
    }

    [Fact]
    public void Https_to_a_plain_http_port_is_a_protocol_mismatch()
    {
        Serve(async stream =>
        {
            _ = await stream.ReadAsync(new byte[4096]);
            await stream.WriteAsync("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray());
        });
        using HttpsTransport transport = HttpsTransport.TrustingSystemRoots(Timeout);

        HttpResult result = transport.Send(Post());

        Assert.Equal(TransportOutcome.ProtocolMismatch, result.Outcome);
        Assert.Equal("not an HTTPS port", result.FailureDetail);
    }

    [Fact]
    public void A_connection_reset_before_tls_is_a_reset()
    {
        _ = Task.Run(async () =>
        {
            using Socket socket = await _listener.AcceptSocketAsync();
            socket.LingerState = new LingerOption(true, 0);
        });
        using HttpsTransport transport = HttpsTransport.TrustingSystemRoots(Timeout);

        Assert.Equal(TransportOutcome.ConnectionReset, transport.Send(Post()).Outcome);
    }

    [Fact]
    public void A_port_nobody_listens_on_refuses()
    {
        string url = Url;
        _listener.Stop();
        using HttpsTransport transport = HttpsTransport.TrustingSystemRoots(Timeout);

        HttpResult result = transport.Send(HttpRequest.PostForm(url, "a=b", null, 1024));

        Assert.Equal(TransportOutcome.ConnectionRefused, result.Outcome);
        Assert.Equal("connection refused", result.FailureDetail);
    }

    [Fact]
    public void A_host_name_that_does_not_resolve_is_a_DNS_failure()
    {
        using HttpsTransport transport = HttpsTransport.TrustingSystemRoots(Timeout);

        HttpResult result = transport.Send(HttpRequest.PostForm("https://no-such-host.invalid/token", "a=b", null, 1024));

        Assert.Equal(TransportOutcome.NameNotResolved, result.Outcome);
        Assert.Equal("DNS lookup failed", result.FailureDetail);
    }

    private HttpRequest Post() => HttpRequest.PostForm(Url, "grant_type=x", null, 1024);

    private void ServeTls(X509Certificate2 certificate, string? answer = null)
    {
        Serve(async stream =>
        {
            using var tls = new SslStream(stream);
            await tls.AuthenticateAsServerAsync(certificate);
            _ = await tls.ReadAsync(new byte[4096]);
            if (answer != null)
            {
                await tls.WriteAsync(System.Text.Encoding.ASCII.GetBytes(answer));
            }
        });
    }

    private void Serve(Func<NetworkStream, Task> conversation)
    {
        _ = Task.Run(async () =>
        {
            using TcpClient client = await _listener.AcceptTcpClientAsync();
            try
            {
                await conversation(client.GetStream());
            }
            catch (Exception e) when (e is IOException or System.Security.Authentication.AuthenticationException or SocketException)
            {
                // The client gave up on us: that is the point of most of these tests.
            }
        });
    }

    private static X509Certificate2 Ca()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Test CA " + Guid.NewGuid().ToString("N"), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }

    private static X509Certificate2 Leaf(X509Certificate2 ca, string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=" + name, key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        if (IPAddress.TryParse(name, out IPAddress? address))
        {
            san.AddIpAddress(address);
        }
        else
        {
            san.AddDnsName(name);
        }

        request.CertificateExtensions.Add(san.Build());
        using X509Certificate2 issued = request.Create(ca, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7), Guid.NewGuid().ToByteArray());
        using X509Certificate2 withKey = issued.CopyWithPrivateKey(key);
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pfx), null);
    }
}
