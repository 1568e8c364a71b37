using System;
using System.Formats.Asn1;
using System.IO;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DeviceFlow.DevServer;

/// <summary>
/// The development PKI, made on first run and kept in the data folder: a CA the simulator trusts (and only it),
/// the TLS certificate for 127.0.0.1 it signs, and the key pairs OpenIddict signs and encrypts tokens with
/// (kept so tokens survive a restart and the simulator's second run skips pairing). The keys sit in PFX files
/// without a password, so the folder is its owner's alone (0700, files 0600), and the CA can only vouch for
/// 127.0.0.1 and localhost (RFC 5280 §4.2.1.10 name constraints, critical) for 30 days: imported into a browser
/// by mistake or copied off the machine, it cannot be used to impersonate any real site.
/// </summary>
public sealed class DevCertificates
{
    private const string CaFile = "dev-ca.pfx";
    private const string CaPemFile = "dev-ca.crt";
    private const string TlsFile = "tls.pfx";
    private const string SigningFile = "token-signing.pfx";
    private const string EncryptionFile = "token-encryption.pfx";

    /// <summary>The CA and the TLS certificate it signs: remade (both) when less than a day is left.</summary>
    public static readonly TimeSpan CertificateLifetime = TimeSpan.FromDays(30);

    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

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
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(dataFolder);
        }
        else
        {
            Directory.CreateDirectory(dataFolder, OwnerOnlyFolder);
            File.SetUnixFileMode(dataFolder, OwnerOnlyFolder);
        }

        // A CA from an older run without the name constraints is replaced, and with it the TLS certificate it signed.
        X509Certificate2 ca = LoadOrCreate(Path.Combine(dataFolder, CaFile), CreateCa, existing => existing.Extensions[NameConstraintsOid] is not null);
        File.WriteAllText(Path.Combine(dataFolder, CaPemFile), ca.ExportCertificatePem());
        X509Certificate2 tls = LoadOrCreate(Path.Combine(dataFolder, TlsFile), () => CreateTls(ca), existing => SignedBy(existing, ca));
        X509Certificate2 signing = LoadOrCreate(Path.Combine(dataFolder, SigningFile), () => CreateTokenKey("DeviceFlow DevServer token signing", X509KeyUsageFlags.DigitalSignature), _ => true);
        X509Certificate2 encryption = LoadOrCreate(Path.Combine(dataFolder, EncryptionFile), () => CreateTokenKey("DeviceFlow DevServer token encryption", X509KeyUsageFlags.KeyEncipherment), _ => true);
        return new DevCertificates(ca, tls, signing, encryption);
    }

    /// <summary>RFC 5280 §4.2.1.10, id-ce-nameConstraints.</summary>
    private const string NameConstraintsOid = "2.5.29.30";

    private static X509Certificate2 LoadOrCreate(string path, Func<X509Certificate2> create, Func<X509Certificate2, bool> stillGood)
    {
        if (File.Exists(path))
        {
            X509Certificate2 existing = X509CertificateLoader.LoadPkcs12FromFile(path, null, X509KeyStorageFlags.Exportable);
            if (existing.NotAfter > DateTime.Now.AddDays(1) && stillGood(existing))
            {
                OwnerOnly(path);
                return existing;
            }
        }

        using X509Certificate2 created = create();
        byte[] pfx = created.Export(X509ContentType.Pfx);
        string temporary = path + ".tmp";
        var owner = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            owner.UnixCreateMode = OwnerOnlyFile;
        }

        using (var file = new FileStream(temporary, owner))
        {
            file.Write(pfx);
        }

        OwnerOnly(temporary);
        File.Move(temporary, path, overwrite: true);
        return X509CertificateLoader.LoadPkcs12(pfx, null, X509KeyStorageFlags.Exportable);
    }

    /// <summary>A key file left by an older run (0644) is tightened too.</summary>
    private static void OwnerOnly(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, OwnerOnlyFile);
        }
    }

    private static bool SignedBy(X509Certificate2 leaf, X509Certificate2 ca)
    {
        byte[]? authority = leaf.Extensions.OfType<X509AuthorityKeyIdentifierExtension>().FirstOrDefault()?.KeyIdentifier?.ToArray();
        byte[]? subject = ca.Extensions.OfType<X509SubjectKeyIdentifierExtension>().FirstOrDefault()?.SubjectKeyIdentifierBytes.ToArray();
        return authority is not null && subject is not null && authority.AsSpan().SequenceEqual(subject);
    }

    private static X509Certificate2 CreateCa()
    {
        using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=DeviceFlow DevServer development CA", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(LoopbackOnly());
        DateTimeOffset now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddMinutes(-5), now.Add(CertificateLifetime));
    }

    /// <summary>
    /// NameConstraints ::= SEQUENCE { permittedSubtrees [0] GeneralSubtrees } with two subtrees: dNSName [2]
    /// "localhost" and iPAddress [7] 127.0.0.1 with mask 255.255.255.255 (RFC 5280 §4.2.1.10: address then mask).
    /// Critical, as §4.2.1.10 requires.
    /// </summary>
    private static X509Extension LoopbackOnly()
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0)))
            {
                using (writer.PushSequence())
                {
                    writer.WriteCharacterString(UniversalTagNumber.IA5String, "localhost", new Asn1Tag(TagClass.ContextSpecific, 2));
                }

                using (writer.PushSequence())
                {
                    writer.WriteOctetString([127, 0, 0, 1, 255, 255, 255, 255], new Asn1Tag(TagClass.ContextSpecific, 7));
                }
            }
        }

        return new X509Extension(NameConstraintsOid, writer.Encode(), critical: true);
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
        // A leaf may not outlive its issuer (CertificateRequest.Create refuses it).
        DateTimeOffset notAfter = now.Add(CertificateLifetime) < ca.NotAfter ? now.Add(CertificateLifetime) : new DateTimeOffset(ca.NotAfter);
        using X509Certificate2 publicOnly = request.Create(ca, now.AddMinutes(-5), notAfter, serial);
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
