using System;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DeviceFlow.Testing;

/// <summary>Certificates for TLS tests: a throwaway root, and server certificates it signs for chosen names.</summary>
public static class TestCertificates
{
    public static X509Certificate2 Root()
    {
        using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Test root", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
    }

    /// <summary>A TLS server certificate, with its private key, that <paramref name="issuer"/> signs for <paramref name="dns"/> (and <paramref name="ip"/>).</summary>
    public static X509Certificate2 Server(X509Certificate2 issuer, string dns, IPAddress? ip)
    {
        using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=" + dns, key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(dns);
        if (ip is not null)
        {
            names.AddIpAddress(ip);
        }

        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        DateTimeOffset notAfter = DateTimeOffset.UtcNow.AddHours(12) < issuer.NotAfter ? DateTimeOffset.UtcNow.AddHours(12) : new DateTimeOffset(issuer.NotAfter);
        using X509Certificate2 publicOnly = request.Create(issuer, DateTimeOffset.UtcNow.AddMinutes(-1), notAfter, RandomNumberGenerator.GetBytes(8));
        using X509Certificate2 withKey = publicOnly.CopyWithPrivateKey(key);
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pfx), null);
    }
}
