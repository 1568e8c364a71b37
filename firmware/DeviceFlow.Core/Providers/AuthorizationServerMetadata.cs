using System;
using System.Text;
using DeviceFlow.Core.Json;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Tokens;

namespace DeviceFlow.Core.Providers
{
    /// <summary>
    /// The few members of an authorization server's metadata (RFC 8414 §2, OpenID Connect Discovery 1.0 §3) the
    /// device needs, small enough to keep in flash instead of re-reading a 2-5 KB document on every boot.
    /// </summary>
    public sealed class AuthorizationServerMetadata
    {
        /// <summary>
        /// First line of a stored blob; a different version is read as "nothing stored". Version 2 added the CRC:
        /// version 1 blobs are fetched again once.
        /// </summary>
        private const string BlobVersion = "deviceflow-metadata-2";

        /// <summary>Bytes of the CRC-32 that ends a stored blob (little-endian, over every byte before it).</summary>
        private const int CrcBytes = 4;

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

            return Checked(issuer, device, token, Fields.GetString(document, "revocation_endpoint"), out problem);
        }

        /// <summary>One value per line after a version line, then a CRC-32 of the text (bit rot, torn writes).</summary>
        public byte[] ToBlob()
        {
            StringBuilder text = new StringBuilder(256);
            text.Append(BlobVersion).Append('\n')
                .Append(Issuer).Append('\n')
                .Append(DeviceAuthorizationUrl).Append('\n')
                .Append(TokenUrl).Append('\n')
                .Append(RevocationUrl == null ? string.Empty : RevocationUrl).Append('\n');
            byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
            byte[] blob = new byte[bytes.Length + CrcBytes];
            Array.Copy(bytes, blob, bytes.Length);
            uint crc = Crc32.Compute(bytes, 0, bytes.Length);
            for (int i = 0; i < CrcBytes; i++)
            {
                blob[bytes.Length + i] = (byte)(crc >> (8 * i));
            }

            return blob;
        }

        /// <summary>
        /// The stored metadata, or null with a <paramref name="problem"/> when the blob is absent, torn, of another
        /// version, or fails the checks fresh metadata must pass (flash is no more trusted than the network).
        /// </summary>
        public static AuthorizationServerMetadata FromBlob(byte[] blob, out string problem)
        {
            if (blob == null || blob.Length == 0)
            {
                problem = "none stored";
                return null;
            }

            int textLength = blob.Length - CrcBytes;
            uint stored = 0;
            for (int i = 0; textLength > 0 && i < CrcBytes; i++)
            {
                stored |= (uint)blob[textLength + i] << (8 * i);
            }

            if (textLength <= 0 || stored != Crc32.Compute(blob, 0, textLength))
            {
                problem = "stored metadata fails its CRC";
                return null;
            }

            string[] lines = Encoding.UTF8.GetString(blob, 0, textLength).Split('\n');
            if (lines.Length != 6 || lines[0] != BlobVersion || lines[5].Length != 0)
            {
                problem = "stored metadata is of another version";
                return null;
            }

            return Checked(lines[1], lines[2], lines[3], lines[4].Length == 0 ? null : lines[4], out problem);
        }

        /// <summary>The checks fresh and stored metadata both pass: RFC 8414 §2, the issuer and every endpoint are https URLs.</summary>
        private static AuthorizationServerMetadata Checked(string issuer, string device, string token, string revocation, out string problem)
        {
            problem = !HttpsUrl.Is(issuer) ? "issuer is not an https URL"
                : !HttpsUrl.Is(device) ? "device_authorization_endpoint is not an https URL"
                : !HttpsUrl.Is(token) ? "token_endpoint is not an https URL"
                : revocation != null && !HttpsUrl.Is(revocation) ? "revocation_endpoint is not an https URL"
                : null;
            return problem == null ? new AuthorizationServerMetadata(issuer, device, token, revocation) : null;
        }
    }
}
