using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace DeviceFlow.Host;

/// <summary>
/// Certificate validation against one root only, as the device does with its single HttpsAuthentCert:
/// the chain must end at that root (a custom trust store, not the system's), and the name must match.
/// </summary>
public static class PinnedRoot
{
    public static bool Accepts(X509Certificate2 root, X509Certificate? presented, SslPolicyErrors errors)
    {
        // A wrong host name or no certificate at all is never forgiven; only the chain is re-checked below.
        if (presented is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using X509Certificate2 leaf = X509CertificateLoader.LoadCertificate(presented.GetRawCertData());
        return chain.Build(leaf);
    }
}
