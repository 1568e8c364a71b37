using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using DeviceFlow.Core.Ports;
using DeviceFlow.Drivers.Https;
using DeviceFlow.Testing;

namespace DeviceFlow.Drivers.Tests;

/// <summary>The Https driver over the stand-in library, on a fresh virtual network per test.</summary>
internal static class HttpsTestKit
{
    public const int TimeoutSeconds = 10;

    public static NanoNet Net()
    {
        NanoNet.Reset();
        return NanoNet.Current;
    }

    public static HttpsTransport Transport(RecordingLog log = null, string rootCaFile = null, string pem = null)
        => new(rootCaFile, pem, TimeoutSeconds, NanoNet.Current.Time, log ?? new RecordingLog());

    public static HttpRequest Get() => new("GET", "https://idp.example/.well-known/openid-configuration", null, null, null, 4096);

    public static HttpRequest Post() => HttpRequest.PostForm("https://idp.example/token", "grant_type=x", null, 4096);

    public static byte[] Json(int bytes) => Encoding.UTF8.GetBytes("{\"a\":\"" + new string('x', Math.Max(0, bytes - 8)) + "\"}");

    /// <summary>A self-signed CA as PEM, valid until <paramref name="notAfter"/>.</summary>
    public static string CaPem(DateTimeOffset notAfter)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Test Root", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using X509Certificate2 ca = request.CreateSelfSigned(notAfter.AddYears(-1), notAfter);
        return ca.ExportCertificatePem();
    }
}
