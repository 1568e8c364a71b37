using System.Text;
using DeviceFlow.Core.Json;
using DeviceFlow.Core.Protocol;

namespace DeviceFlow.Core.Providers
{
    /// <summary>
    /// The few members of an authorization server's metadata (RFC 8414 §2, OpenID Connect Discovery 1.0 §3) the
    /// device needs, small enough to keep in flash instead of re-reading a 2-5 KB document on every boot.
    /// </summary>
    public sealed class AuthorizationServerMetadata
    {
        /// <summary>First line of a stored blob; a different version is read as "nothing stored".</summary>
        private const string BlobVersion = "deviceflow-metadata-1";

        /// <summary>Last line of a stored blob: a write torn by a power cut lacks it and is ignored, not misread.</summary>
        private const string BlobEnd = "end";

        public AuthorizationServerMetadata(string issuer, string deviceAuthorizationUrl, string tokenUrl, string revocationUrl)
        {
            Issuer = issuer;
            DeviceAuthorizationUrl = deviceAuthorizationUrl;
            TokenUrl = tokenUrl;
            RevocationUrl = revocationUrl;
        }

        public string Issuer { get; }

        public string DeviceAuthorizationUrl { get; }

        public string TokenUrl { get; }

        /// <summary>RFC 7009 endpoint, or null when the server advertises none.</summary>
        public string RevocationUrl { get; }

        /// <summary>
        /// Checks a metadata document against the issuer it was fetched for and picks the endpoints, or returns
        /// null with a short <paramref name="problem"/>.
        /// </summary>
        public static AuthorizationServerMetadata FromDocument(JsonTree document, string expectedIssuer, out string problem)
        {
            // RFC 8414 §3.3: "The issuer value returned MUST be identical to the authorization server's issuer
            // identifier value into which the well-known URI string was inserted"; otherwise the data MUST NOT be used.
            string issuer = Fields.GetString(document, "issuer");
            if (issuer != expectedIssuer)
            {
                problem = issuer == null ? "metadata has no issuer" : "metadata is for issuer " + issuer + ", not " + expectedIssuer;
                return null;
            }

            // RFC 8628 §4: the device authorization endpoint is advertised as device_authorization_endpoint.
            string device = Fields.GetString(document, "device_authorization_endpoint");
            if (device == null)
            {
                problem = "provider offers no device flow (no device_authorization_endpoint)";
                return null;
            }

            string token = Fields.GetString(document, "token_endpoint");
            if (token == null)
            {
                problem = "metadata has no token_endpoint";
                return null;
            }

            string revocation = Fields.GetString(document, "revocation_endpoint");
            problem = CheckEndpoint(issuer, "device_authorization_endpoint", device);
            if (problem == null)
            {
                problem = CheckEndpoint(issuer, "token_endpoint", token);
            }

            if (problem == null && revocation != null)
            {
                problem = CheckEndpoint(issuer, "revocation_endpoint", revocation);
            }

            return problem == null ? new AuthorizationServerMetadata(issuer, device, token, revocation) : null;
        }

        /// <summary>One value per line, framed by a version and an end marker.</summary>
        public byte[] ToBlob()
        {
            StringBuilder text = new StringBuilder(256);
            text.Append(BlobVersion).Append('\n')
                .Append(Issuer).Append('\n')
                .Append(DeviceAuthorizationUrl).Append('\n')
                .Append(TokenUrl).Append('\n')
                .Append(RevocationUrl == null ? string.Empty : RevocationUrl).Append('\n')
                .Append(BlobEnd).Append('\n');
            return Encoding.UTF8.GetBytes(text.ToString());
        }

        /// <summary>The stored metadata, or null when the blob is absent, torn or of another version.</summary>
        public static AuthorizationServerMetadata FromBlob(byte[] blob)
        {
            if (blob == null || blob.Length == 0)
            {
                return null;
            }

            string[] lines = Encoding.UTF8.GetString(blob, 0, blob.Length).Split('\n');
            if (lines.Length < 6 || lines[0] != BlobVersion || lines[5] != BlobEnd || lines[1].Length == 0 || lines[2].Length == 0 || lines[3].Length == 0)
            {
                return null;
            }

            return new AuthorizationServerMetadata(lines[1], lines[2], lines[3], lines[4].Length == 0 ? null : lines[4]);
        }

        /// <summary>
        /// RFC 8414 §2: endpoints are https URLs. An endpoint also has to fit on one line of the stored blob.
        /// A plain-http issuer (only a local test server) may use plain-http endpoints.
        /// </summary>
        private static string CheckEndpoint(string issuer, string name, string url)
        {
            bool secure = url.ToLower().IndexOf("https://") == 0;
            bool localPlain = issuer.ToLower().IndexOf("http://") == 0 && url.ToLower().IndexOf("http://") == 0;
            if ((!secure && !localPlain) || url.IndexOf('\n') >= 0 || url.IndexOf('\r') >= 0 || url.IndexOf(' ') >= 0)
            {
                return name + " is not an https URL";
            }

            return null;
        }
    }
}
