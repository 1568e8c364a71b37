using System;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;

namespace DeviceFlow.DevServer;

/// <summary>A started DevServer: where it is, which CA to trust, what it counted. Dispose stops it.</summary>
public sealed class RunningDevServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    internal RunningDevServer(WebApplication app, Uri baseUrl, DevCertificates certificates, DevServerCounters counters)
    {
        _app = app;
        BaseUrl = baseUrl;
        CaCertificate = certificates.Ca;
        TlsCertificate = certificates.Tls;
        Counters = counters;
    }

    /// <summary>https://127.0.0.1:port/ — the issuer.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The development CA: the only root a client should trust for this server.</summary>
    public X509Certificate2 CaCertificate { get; }

    /// <summary>The server's own certificate, for pinning its public key where a root cannot be added (a browser).</summary>
    public X509Certificate2 TlsCertificate { get; }

    public DevServerCounters Counters { get; }

    public Uri DeviceAuthorizationEndpoint => new(BaseUrl, OpenIddictSetup.DeviceAuthorizationPath);

    public Uri TokenEndpoint => new(BaseUrl, OpenIddictSetup.TokenPath);

    public Uri RevocationEndpoint => new(BaseUrl, OpenIddictSetup.RevocationPath);

    public Uri VerificationPage => new(BaseUrl, OpenIddictSetup.VerificationPath);

    public Uri ReadingsEndpoint => new(BaseUrl, ReadingsApi.Path);

    public async Task StopAsync()
    {
        await _app.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
