using System.Device.Wifi;

namespace DeviceFlow.Drivers.Wifi
{
    /// <summary>What went wrong with a Wi-Fi attempt, in words for the Wi-Fi screen and the log (never the password).</summary>
    internal static class WifiWords
    {
        public const string NoAddress = "no IP address (DHCP)";

        public const string NoTime = "no time from SNTP";

        public const string StoredNotJoined = "stored network not joined";

        /// <summary>
        /// The join's status as NativeConnect maps the ESP-IDF disconnect reason (sys_dev_wifi_native_
        /// System_Device_Wifi_WifiAdapter.cpp L156-178): NO_AP_FOUND -> NetworkNotAvailable; AUTH_FAIL,
        /// AUTH_EXPIRE, ASSOC_FAIL and the handshake/beacon timeouts -> InvalidCredential (so a rejected password
        /// and an access point that stops answering mid-handshake read the same); 20 s without a result -> Timeout.
        /// </summary>
        public static string ForJoin(WifiConnectionStatus status)
        {
            switch (status)
            {
                case WifiConnectionStatus.InvalidCredential:
                    return "password rejected";
                case WifiConnectionStatus.NetworkNotAvailable:
                    return "network not found";
                case WifiConnectionStatus.Timeout:
                    return "no answer from network";
                case WifiConnectionStatus.AccessRevoked:
                    return "access refused";
                case WifiConnectionStatus.UnsupportedAuthenticationProtocol:
                    return "unsupported security";
                default:
                    return "join failed";
            }
        }
    }
}
