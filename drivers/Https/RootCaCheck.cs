using System;

namespace DeviceFlow.Drivers.Https
{
    /// <summary>
    /// What is wrong with the root CA file, in words that name the file, and how close it is to expiry. Portable:
    /// the certificate itself is parsed by X509Certificate (HttpsTransport), these rules only read text and dates.
    /// </summary>
    internal static class RootCaCheck
    {
        /// <summary>A CA this close to its end is announced at every boot, so the maker replaces it in time.</summary>
        public const int WarnDaysBeforeExpiry = 30;

        private const string PemBegin = "-----BEGIN CERTIFICATE-----";
        private const string PemEnd = "-----END CERTIFICATE-----";

        /// <summary>Null when the text looks like a PEM certificate; otherwise what is wrong with <paramref name="file"/>.</summary>
        public static string TextProblem(string file, string pem)
        {
            if (pem == null)
            {
                return file + " is not on the board";
            }

            int begin = pem.IndexOf(PemBegin);
            if (begin < 0)
            {
                // mbedtls_x509_crt_parse would also take DER, but a text file read with ReadAllText cannot hold DER intact.
                return pem.IndexOf("PRIVATE KEY") >= 0 ? file + " holds a private key, not a CA" : file + " is not a PEM certificate";
            }

            if (pem.IndexOf(PemEnd, begin) < 0)
            {
                return file + " is cut short (no END line)";
            }

            return null;
        }

        /// <summary>What X509Certificate's refusal means for the maker (it throws on what mbedTLS cannot parse).</summary>
        public static string ParseProblem(string file)
        {
            return file + " does not parse (damaged?)";
        }

        /// <summary>A warning for the log when the CA has expired or expires soon; null when it is fine.</summary>
        public static string ExpiryWarning(string file, DateTime expiresUtc, DateTime nowUtc)
        {
            string date = expiresUtc.Year + "-" + TwoDigits(expiresUtc.Month) + "-" + TwoDigits(expiresUtc.Day);
            if (expiresUtc <= nowUtc)
            {
                return file + " expired on " + date + ": TLS will fail until it is replaced";
            }

            int days = (int)((expiresUtc - nowUtc).Ticks / TimeSpan.TicksPerDay);
            return days < WarnDaysBeforeExpiry ? file + " expires in " + days + " days (" + date + ")" : null;
        }

        private static string TwoDigits(int value)
        {
            return value < 10 ? "0" + value : value.ToString();
        }
    }
}
