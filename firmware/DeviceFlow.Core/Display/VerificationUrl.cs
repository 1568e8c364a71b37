namespace DeviceFlow.Core.Display
{
    /// <summary>
    /// The verification URI as the OLED shows it: a 128x64 panel has 21 columns in a 6x8 font, and Google asks
    /// room for a 40-character URL (reference §1.3), so the scheme and "www." go - browsers add them back.
    /// </summary>
    public static class VerificationUrl
    {
        /// <summary>"https://www.google.com/device" becomes "google.com/device"; one with a port keeps its scheme; null stays null.</summary>
        public static string Shorten(string verificationUri)
        {
            if (verificationUri == null)
            {
                return null;
            }

            string trimmed = verificationUri.Trim();
            string text = trimmed;
            string lower = text.ToLower();
            if (lower.IndexOf("http://") == 0)
            {
                // Only a local test server speaks plain HTTP; keep the scheme so nobody mistakes it for a real one.
                return trimmed;
            }

            if (lower.IndexOf("https://") == 0)
            {
                text = text.Substring(8);
            }

            // A browser given "host:8443/..." tries plain HTTP on that port, where nothing redirects to HTTPS
            // (a self-hosted Keycloak, the DevServer): with an explicit port the scheme stays.
            int pathStart = text.IndexOf('/');
            string authority = pathStart < 0 ? text : text.Substring(0, pathStart);
            if (authority.IndexOf(':') >= 0)
            {
                return trimmed;
            }

            if (text.ToLower().IndexOf("www.") == 0)
            {
                text = text.Substring(4);
            }

            while (text.Length > 0 && text[text.Length - 1] == '/')
            {
                text = text.Substring(0, text.Length - 1);
            }

            return text;
        }
    }
}
