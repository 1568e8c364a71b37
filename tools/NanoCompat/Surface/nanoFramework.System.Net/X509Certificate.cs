// Surface of nanoFramework.System.Net 1.11.60 (assembly System.Net).
// Source: nanoframework/System.Net@713b02c (tag v1.11.54), nanoFramework.System.Net/X509Certificates/X509Certificate.cs.
namespace System.Security.Cryptography.X509Certificates
{
    // X509Certificate.cs L19
    public class X509Certificate
    {
        // X509Certificate.cs L82: PEM or DER text; the ctor appends the NUL mbedTLS needs.
        public X509Certificate(string certificate) => throw null;
        // X509Certificate.cs L143: the notAfter date the native parser read (ParseCertificate, L92-97).
        public virtual DateTime GetExpirationDate() => throw null;
    }
}
