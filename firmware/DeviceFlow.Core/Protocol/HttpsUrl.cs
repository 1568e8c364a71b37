namespace DeviceFlow.Core.Protocol
{
    /// <summary>
    /// The one "is this an https URL" rule of the firmware. Every URL the device sends a secret to must be https:
    /// RFC 6749 §3.1/§3.2 (authorization and token endpoints require TLS), RFC 8628 §3.1 (device authorization
    /// endpoint), RFC 8414 §2 (issuer and every endpoint in the metadata), RFC 7009 §2 (revocation). No plain-http
    /// exception: a local test server (the DevServer) speaks https with its own CA, so none is needed.
    /// </summary>
    public static class HttpsUrl
    {
        public const string Scheme = "https://";

        /// <summary>
        /// True for "https://host[:port][/path]": the scheme in any case (RFC 3986 §3.1: schemes are
        /// case-insensitive), a non-empty host, and no space or control character (the value is stored one per line).
        /// </summary>
        public static bool Is(string url)
        {
            return PathStart(url) > Scheme.Length;
        }

        /// <summary>Index of the path after "https://host[:port]" (the length when there is none), or -1 when <paramref name="url"/> is not an https URL.</summary>
        public static int PathStart(string url)
        {
            if (url == null || url.Length <= Scheme.Length || url.Substring(0, Scheme.Length).ToLower() != Scheme)
            {
                return -1;
            }

            for (int i = 0; i < url.Length; i++)
            {
                if (url[i] <= ' ' || url[i] == (char)127)
                {
                    return -1;
                }
            }

            int slash = url.IndexOf('/', Scheme.Length);
            int end = slash < 0 ? url.Length : slash;
            return end > Scheme.Length ? end : -1;
        }

        /// <summary>"https://host/path" without its scheme; a value without one comes back as it is.</summary>
        public static string WithoutScheme(string url)
        {
            return url != null && url.Length >= Scheme.Length && url.Substring(0, Scheme.Length).ToLower() == Scheme
                ? url.Substring(Scheme.Length)
                : url;
        }
    }
}
