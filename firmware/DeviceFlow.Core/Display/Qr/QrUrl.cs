namespace DeviceFlow.Core.Display
{
    /// <summary>
    /// The same URL with its scheme and host in capitals, so they fit the QR alphanumeric set and the symbol shrinks.
    /// RFC 3986 makes both case-insensitive (§3.1 scheme, §3.2.2 host; §6.2.2.1 case normalisation); the path,
    /// query and fragment are case-sensitive and stay as the server sent them. Only ASCII letters change, so the
    /// result does not depend on a culture's casing rules.
    /// </summary>
    public static class QrUrl
    {
        /// <summary>"https://github.com/login/device" becomes "HTTPS://GITHUB.COM/login/device"; text with no "://" is returned as it is.</summary>
        public static string UpperSchemeAndHost(string url)
        {
            int schemeEnd = url.IndexOf("://");
            if (schemeEnd <= 0)
            {
                return url;
            }

            int hostEnd = schemeEnd + 3;
            while (hostEnd < url.Length && url[hostEnd] != '/' && url[hostEnd] != '?' && url[hostEnd] != '#')
            {
                if (url[hostEnd] == '@')
                {
                    // userinfo is case-sensitive (§3.2.1); verification URIs carry none, so leave such a URL alone.
                    return url;
                }

                hostEnd++;
            }

            char[] chars = url.ToCharArray();
            for (int i = 0; i < hostEnd; i++)
            {
                if (chars[i] >= 'a' && chars[i] <= 'z')
                {
                    chars[i] = (char)(chars[i] - 'a' + 'A');
                }
            }

            return new string(chars);
        }
    }
}
