using System;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using DeviceFlow.Core.Ports;
using DeviceFlow.Host;
using DeviceFlow.Testing;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>
/// The host transport trusts one root, as the board does with its HttpsAuthentCert; trusting the root must not
/// mean trusting any name it signed. A local TLS listener presents certificates from one CA for different names.
/// </summary>
public sealed class HostTransportTlsTests
{
    [Fact]
    public async Task A_certificate_from_the_trusted_root_for_another_host_is_refused()
    {
        using X509Certificate2 root = TestCertificates.Root();
        using X509Certificate2 otherHost = TestCertificates.Server(root, "other.example", null);
        await using var listener = new OneShotTlsListener(otherHost);
        using HttpsTransport transport = HttpsTransport.TrustingOnly(root, TimeSpan.FromSeconds(10));

        HttpResult result = transport.Send(new HttpRequest("GET", listener.Url, null, null, null, 1024));

        Assert.Equal(TransportOutcome.CertificateRejected, result.Outcome);
        Assert.False(await listener.AnsweredAsync());
    }

    [Fact]
    public async Task The_same_root_and_listener_with_the_right_name_are_accepted()
    {
        using X509Certificate2 root = TestCertificates.Root();
        using X509Certificate2 loopback = TestCertificates.Server(root, "localhost", IPAddress.Loopback);
        await using var listener = new OneShotTlsListener(loopback);
        using HttpsTransport transport = HttpsTransport.TrustingOnly(root, TimeSpan.FromSeconds(10));

        HttpResult result = transport.Send(new HttpRequest("GET", listener.Url, null, null, null, 1024));

        Assert.Equal(TransportOutcome.Completed, result.Outcome);
        Assert.Equal("{}", result.Body);
        Assert.True(await listener.AnsweredAsync());
    }

    /// <summary>127.0.0.1 on a free port: one TLS connection with the given certificate, answered "{}" if the client goes on.</summary>
    private sealed class OneShotTlsListener : IAsyncDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly Task<bool> _served;

        public OneShotTlsListener(X509Certificate2 certificate)
        {
            _listener.Start();
            Url = "https://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port + "/";
            _served = ServeAsync(certificate);
        }

        public string Url { get; }

        public Task<bool> AnsweredAsync() => _served;

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            await _served;
        }

        private async Task<bool> ServeAsync(X509Certificate2 certificate)
        {
            try
            {
                using TcpClient client = await _listener.AcceptTcpClientAsync();
                await using var tls = new SslStream(client.GetStream());
                await tls.AuthenticateAsServerAsync(certificate);
                var request = new StringBuilder();
                var buffer = new byte[1024];
                while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    int read = await tls.ReadAsync(buffer);
                    if (read == 0)
                    {
                        return false;
                    }

                    request.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }

                await tls.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"));
                return true;
            }
            catch (Exception e) when (e is System.IO.IOException or SocketException or System.Security.Authentication.AuthenticationException or ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
