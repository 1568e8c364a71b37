using System;
using System.IO;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DeviceFlow.DevServer;

/// <summary>
/// The development PKI, made on first run and kept in the data folder: a CA the simulator trusts (and only it),
/// the TLS certificate for 127.0.0.1 it signs, and the key pairs OpenIddict signs and encrypts tokens with
/// (kept so tokens survive a restart and the simulator's second run skips pairing).
/// </summary>
public sealed class DevCertificates
{
    private const string CaFile = "dev-ca.pfx";
    private const string CaPemFile = "dev-ca.crt";
    private const string TlsFile = "tls.pfx";
    private const string SigningFile = "token-signing.pfx";
    private const string EncryptionFile = "token-encryption.pfx";

    private DevCertificates(X509Certificate2 ca, X509Certificate2 tls, X509Certificate2 signing, X509Certificate2 encryption)
    {
        Ca = ca;
        Tls = tls;
        Signing = signing;
        Encryption = encryption;
    }

    /// <summary>The root to trust; public part only is needed by clients (also written as dev-ca.crt in PEM).</summary>
    public X509Certificate2 Ca { get; }

    public X509Certificate2 Tls { get; }

    public X509Certificate2 Signing { get; }

    public X509Certificate2 Encryption { get; }

    public static DevCertificates LoadOrCreate(string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        X509Certificate2 ca = LoadOrCreate(Path.Combine(dataFolder, CaFile), CreateCa);
        File.WriteAllText(Path.Combine(dataFolder, CaPemFile), ca.ExportCertificatePem());
        X509Certificate2 tls = LoadOrCreate(Path.Combine(dataFolder, TlsFile), () => CreateTls(ca));
        X509Certificate2 signing = LoadOrCreate(Path.Combine(dataFolder, SigningFile), () => CreateTokenKey("DeviceFlow DevServer token signing", X509KeyUsageFlags.DigitalSignature));
        X509Certificate2 encryption = LoadOrCreate(Path.Combine(dataFolder, EncryptionFile), () => CreateTokenKey("DeviceFlow DevServer token encryption", X509KeyUsageFlags.KeyEncipherment));
        return new DevCertificates(ca, tls, signing, encryption);
    }

    private static X509Certificate2 LoadOrCreate(string path, Func<X509Certificate2> create)
    {
        if (File.Exists(path))
        {
            X509Certificate2 existing = X509CertificateLoader.LoadPkcs12FromFile(path, null, X509KeyStorageFlags.Exportable);
            if (existing.NotAfter > DateTime.Now.AddDays(1))
            {
                return existing;
            }
        }

        using X509Certificate2 created = create();
        byte[] pfx = created.Export(X509ContentType.Pfx);
        string temporary = path + ".tmp";
        File.WriteAllBytes(temporary, pfx);
        File.Move(temporary, path, overwrite: true);
        return X509CertificateLoader.LoadPkcs12(pfx, null, X509KeyStorageFlags.Exportable);
    }

    private static X509Certificate2 CreateCa()
    {
        using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=DeviceFlow DevServer development CA", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        DateTimeOffset now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(5));
    }

    /// <summary>A server certificate for 127.0.0.1 and localhost only, signed by the CA.</summary>
    private static X509Certificate2 CreateTls(X509Certificate2 ca)
    {
        using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        DateTimeOffset now = DateTimeOffset.UtcNow;
        byte[] serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using X509Certificate2 publicOnly = request.Create(ca, now.AddMinutes(-5), now.AddYears(1), serial);
        return publicOnly.CopyWithPrivateKey(key);
    }

    private static X509Certificate2 CreateTokenKey(string name, X509KeyUsageFlags usage)
    {
        using RSA key = RSA.Create(2048);
        var request = new CertificateRequest("CN=" + name, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, true));
        DateTimeOffset now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(2));
    }
}
