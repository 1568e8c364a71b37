using DeviceFlow.Core.Json;

namespace DeviceFlow.Core.Protocol
{
    /// <summary>The device authorization response (RFC 8628 §3.2).</summary>
    public sealed class DeviceAuthorization
    {
        /// <summary>RFC 8628 §3.2: "If no value is provided, clients MUST use 5 as the default."</summary>
        public const int DefaultIntervalSeconds = 5;

        public DeviceAuthorization(string deviceCode, string userCode, string verificationUri, string verificationUriComplete, int expiresInSeconds, int intervalSeconds)
        {
            DeviceCode = deviceCode;
            UserCode = userCode;
            VerificationUri = verificationUri;
            VerificationUriComplete = verificationUriComplete;
            ExpiresInSeconds = expiresInSeconds;
            IntervalSeconds = intervalSeconds;
        }

        /// <summary>Secret to the device: §3.3 says it "is not intended for the end user"; never shown or logged.</summary>
        public string DeviceCode { get; }

        public string UserCode { get; }

        public string VerificationUri { get; }

        /// <summary>OPTIONAL (§3.3.1); null when the server sends none (GitHub, Entra, Google).</summary>
        public string VerificationUriComplete { get; }

        public int ExpiresInSeconds { get; }

        public int IntervalSeconds { get; }

        /// <summary>What a screen may be given: everything but the device_code.</summary>
        public DeviceAuthorization WithoutDeviceCode()
        {
            return new DeviceAuthorization(null, UserCode, VerificationUri, VerificationUriComplete, ExpiresInSeconds, IntervalSeconds);
        }

        /// <summary>Maps a response to the typed form, or explains in <paramref name="problem"/> why it cannot.</summary>
        public static DeviceAuthorization FromFields(JsonTree fields, out string problem)
        {
            string deviceCode = Fields.GetString(fields, "device_code");
            string userCode = Fields.GetString(fields, "user_code");

            // Google sends "verification_url" (golang/oauth2#666); accept it as the same member.
            string verificationUri = Fields.GetString(fields, "verification_uri");
            if (verificationUri == null)
            {
                verificationUri = Fields.GetString(fields, "verification_url");
            }

            problem = deviceCode == null ? "no device_code"
                : userCode == null ? "no user_code"
                : verificationUri == null ? "no verification_uri"
                : null;
            if (problem != null)
            {
                return null;
            }

            int expiresIn;
            if (!Fields.TryGetInt(fields, "expires_in", out expiresIn) || expiresIn <= 0)
            {
                problem = Fields.Has(fields, "expires_in") ? "expires_in is not a positive number" : "no expires_in";
                return null;
            }

            int interval = DefaultIntervalSeconds;
            if (Fields.Has(fields, "interval"))
            {
                if (!Fields.TryGetInt(fields, "interval", out interval) || interval < 0)
                {
                    problem = "interval is not a valid number of seconds";
                    return null;
                }

                // A zero interval would mean polling without pause; no server means that, so use the default.
                if (interval == 0)
                {
                    interval = DefaultIntervalSeconds;
                }
            }

            return new DeviceAuthorization(deviceCode, userCode, verificationUri, Fields.GetString(fields, "verification_uri_complete"), expiresIn, interval);
        }
    }
}
