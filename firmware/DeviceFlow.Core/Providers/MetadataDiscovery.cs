using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;

namespace DeviceFlow.Core.Providers
{
    /// <summary>
    /// Finds a provider's endpoints from its issuer URL: RFC 8414 authorization-server metadata first, then the
    /// OpenID Connect discovery document, which most providers serve and which carries the same members.
    /// </summary>
    public sealed class MetadataDiscovery
    {
        /// <summary>
        /// Documents are 2-5 KB (reference §1.8), Keycloak's larger (long algorithm lists); the cap bounds the one
        /// buffer the device allocates for it. Above this the document is refused unread.
        /// </summary>
        public const int MaxDocumentBytes = 16384;

        public const string OAuthWellKnown = "/.well-known/oauth-authorization-server";

        public const string OpenIdWellKnown = "/.well-known/openid-configuration";

        private readonly IHttpTransport _transport;

        public MetadataDiscovery(IHttpTransport transport)
        {
            _transport = transport;
        }

        /// <summary>
        /// RFC 8414 §3.1: the well-known string goes between the host and the issuer's path, after removing a
        /// terminating "/": https://example.com/issuer1 → https://example.com/.well-known/oauth-authorization-server/issuer1.
        /// </summary>
        public static string OAuthMetadataUrl(string issuer)
        {
            string trimmed = WithoutTrailingSlash(issuer);
            int hostEnd = HttpsUrl.PathStart(trimmed);
            return trimmed.Substring(0, hostEnd) + OAuthWellKnown + trimmed.Substring(hostEnd);
        }

        /// <summary>OpenID Connect Discovery 1.0 §4.1: the well-known string is appended to the issuer (without its trailing "/").</summary>
        public static string OpenIdConfigurationUrl(string issuer)
        {
            return WithoutTrailingSlash(issuer) + OpenIdWellKnown;
        }

        /// <summary>Fetches and checks the metadata of <paramref name="issuer"/>.</summary>
        public DiscoveryResult Discover(string issuer)
        {
            // RFC 8414 §2: the issuer is an https URL with no query or fragment; nothing is fetched for anything else.
            if (!HttpsUrl.Is(issuer) || issuer.IndexOf('?') >= 0 || issuer.IndexOf('#') >= 0)
            {
                return new DiscoveryResult(null, "issuer must be an https URL without query or fragment", false);
            }

            DiscoveryResult oauth = Fetch(OAuthMetadataUrl(issuer), issuer);
            if (oauth.Metadata != null || oauth.Problem != NoDocument)
            {
                return oauth;
            }

            DiscoveryResult openId = Fetch(OpenIdConfigurationUrl(issuer), issuer);
            return openId.Problem == NoDocument
                ? new DiscoveryResult(null, "no metadata at " + OAuthWellKnown + " or " + OpenIdWellKnown, false)
                : openId;
        }

        /// <summary>The server answered, but with no metadata document (404, an HTML page, ...): try the other well-known URL.</summary>
        private const string NoDocument = "no metadata document";

        private DiscoveryResult Fetch(string url, string issuer)
        {
            HttpResult result = _transport.Send(new HttpRequest("GET", url, null, null, null, MaxDocumentBytes));
            ServerAnswer answer = ServerAnswer.Read(result, MaxDocumentBytes);
            switch (answer.Kind)
            {
                case AnswerKind.Fields:
                    string problem;
                    AuthorizationServerMetadata metadata = AuthorizationServerMetadata.FromDocument(answer.Fields, issuer, out problem);
                    return new DiscoveryResult(metadata, problem, false);
                case AnswerKind.Transient:
                case AnswerKind.Throttled:
                    return new DiscoveryResult(null, "metadata: " + answer.Problem, true);
                default:
                    bool oversize = result.Outcome == TransportOutcome.BodyTooLarge || (result.Body != null && result.Body.Length > MaxDocumentBytes);
                    return new DiscoveryResult(null, oversize ? "metadata: " + answer.Problem : NoDocument, false);
            }
        }

        private static string WithoutTrailingSlash(string issuer)
        {
            string trimmed = issuer;
            while (trimmed.Length > 0 && trimmed[trimmed.Length - 1] == '/')
            {
                trimmed = trimmed.Substring(0, trimmed.Length - 1);
            }

            return trimmed;
        }
    }
}
