using DeviceFlow.Core.Protocol;

namespace DeviceFlow.Core.Providers
{
    /// <summary>
    /// Provider error codes as short sentences a maker can act on, for the OLED and the log. The provider's own
    /// hints (e.g. Entra's AADSTS numbers, which only appear in error_description) win over the general ones.
    /// Nothing here repeats a secret: codes and descriptions are the server's words about the request.
    /// </summary>
    public static class ErrorMessages
    {
        /// <summary>RFC 6749 §5.2 and RFC 8628 §3.5 codes with the most likely fix on the device's side.</summary>
        private static readonly string[] General = new string[]
        {
            OAuthError.AccessDenied, "Sign-in was declined",
            OAuthError.ExpiredToken, "Code expired: press to try again",
            OAuthError.InvalidGrant, "Code no longer valid: press to try again",
            OAuthError.InvalidClient, "Client not accepted: check client_id/secret",
            OAuthError.UnauthorizedClient, "App may not use the device grant: enable it",
            OAuthError.InvalidScope, "Scope refused: check scope in config.json",
            OAuthError.UnsupportedGrantType, "Provider does not offer the device grant",
            OAuthError.InvalidRequest, "Provider rejected the request",
        };

        /// <summary>A message for <paramref name="error"/>, or null when there is none.</summary>
        public static string Describe(ProviderPreset preset, OAuthError error)
        {
            return error == null ? null : Describe(preset, error.Code, error.Description);
        }

        /// <summary>
        /// A message for an error code (and its description, which may name an AADSTS number), or for a pairing's
        /// Reason: codes get a sentence ("Provider error: x" when unknown); a reason that is already a sentence
        /// (the core's transport problems, which contain spaces, unlike codes) comes back as it is; null stays null.
        /// <paramref name="preset"/> may be null.
        /// </summary>
        public static string Describe(ProviderPreset preset, string code, string description)
        {
            if (code == null)
            {
                return null;
            }

            if (code.IndexOf(' ') >= 0)
            {
                return code;
            }

            string[] hints = preset == null ? null : preset.ErrorHints;
            string found = FindInDescription(hints, description);
            if (found == null)
            {
                found = Lookup(hints, code);
            }

            if (found == null)
            {
                found = Lookup(General, code);
            }

            return found == null ? "Provider error: " + code : found;
        }

        private static string Lookup(string[] pairs, string code)
        {
            for (int i = 0; pairs != null && i + 1 < pairs.Length; i += 2)
            {
                if (pairs[i] == code)
                {
                    return pairs[i + 1];
                }
            }

            return null;
        }

        /// <summary>Entra puts its specific reason in error_description as "AADSTSnnnn: ..."; match those keys there.</summary>
        private static string FindInDescription(string[] pairs, string description)
        {
            if (description == null)
            {
                return null;
            }

            for (int i = 0; pairs != null && i + 1 < pairs.Length; i += 2)
            {
                string key = pairs[i];
                if (key.IndexOf("AADSTS") == 0 && StartsNumber(description, key))
                {
                    return pairs[i + 1];
                }
            }

            return null;
        }

        /// <summary>True when <paramref name="key"/> appears in the text not followed by another digit (AADSTS70000 is not AADSTS700000).</summary>
        private static bool StartsNumber(string text, string key)
        {
            int at = text.IndexOf(key);
            while (at >= 0)
            {
                int end = at + key.Length;
                if (end == text.Length || text[end] < '0' || text[end] > '9')
                {
                    return true;
                }

                at = text.IndexOf(key, end);
            }

            return false;
        }
    }
}
