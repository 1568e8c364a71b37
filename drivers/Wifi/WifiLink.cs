using System;
using System.Device.Wifi;
using System.Net.NetworkInformation;
using System.Threading;
using DeviceFlow.Core.Device;
using DeviceFlow.Core.Ports;
using nanoFramework.Networking;

namespace DeviceFlow.Drivers.Wifi
{
    /// <summary>
    /// The Wi-Fi station over nanoFramework's WifiNetworkHelper. Each attempt is bounded by a cancellation
    /// token (the default token waits forever) and asks for a valid clock too (requiresDateTime: TLS checks
    /// certificate dates, and the ESP32 firmware starts SNTP by itself once it has an IP address).
    /// </summary>
    public sealed class WifiLink : IWifiLink
    {
        private readonly string _ssid;
        private readonly string _password;
        private readonly IClock _clock;
        private bool _triedStored;

        /// <param name="ssid">Null: use the credentials nanoff's network deployment stored on the device.</param>
        public WifiLink(string ssid, string password, IClock clock)
        {
            _ssid = ssid;
            _password = password;
            _clock = clock;
        }

        /// <summary>
        /// Asks the interface itself: after ConnectDhcp the helper's Status stays NetworkIsReady when the link drops
        /// (only SetupNetworkHelper subscribes to address changes), so it cannot tell.
        /// </summary>
        public bool IsUp
        {
            get
            {
                DateTime utcNow;
                return HasAddress() && _clock.TryGetUtcNow(out utcNow);
            }
        }

        public string LastProblem { get; private set; }

        /// <summary>
        /// The first attempt of a boot uses the stored credentials when they are for the configured network: the
        /// radio joins them by itself, and ConnectDhcp would rewrite the device's Wi-Fi configuration in flash on
        /// every call (WifiNetworkHelper.StoreWifiConfiguration), at every deep-sleep wake. Later attempts, or a
        /// changed SSID, re-join actively with ConnectDhcp (which stores the new credentials).
        /// </summary>
        public bool TryConnect(int timeoutMilliseconds)
        {
            bool firstAttempt = !_triedStored;
            _triedStored = true;
            CancellationTokenSource timeout = new CancellationTokenSource(timeoutMilliseconds);
            try
            {
                bool useStored = _ssid == null || (firstAttempt && StoredSsid() == _ssid);

                // Both return false instead of throwing; Automatic lets the radio re-join by itself after a drop.
                bool up = useStored
                    ? WifiNetworkHelper.Reconnect(true, 0, timeout.Token)
                    : WifiNetworkHelper.ConnectDhcp(_ssid, _password, WifiReconnectionKind.Automatic, true, 0, timeout.Token);
                LastProblem = up ? null : Describe(WifiNetworkHelper.Status);
                return up;
            }
            catch (Exception e)
            {
                LastProblem = "wifi error " + e.GetType().Name;
                return false;
            }
            finally
            {
                timeout.Dispose();
            }
        }

        /// <summary>The same test WifiNetworkHelper makes (NetworkHelperInternal.CheckIP): a station address not starting with 0.</summary>
        private static bool HasAddress()
        {
            NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
            for (int i = 0; i < interfaces.Length; i++)
            {
                if (interfaces[i].NetworkInterfaceType == NetworkInterfaceType.Wireless80211 && interfaces[i].IPv4Address[0] != '0')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The SSID stored for the station interface, or null.</summary>
        private static string StoredSsid()
        {
            NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
            Wireless80211Configuration[] stored = Wireless80211Configuration.GetAllWireless80211Configurations();
            for (int i = 0; i < interfaces.Length; i++)
            {
                if (interfaces[i].NetworkInterfaceType == NetworkInterfaceType.Wireless80211 && interfaces[i].SpecificConfigId < stored.Length)
                {
                    return stored[interfaces[i].SpecificConfigId].Ssid;
                }
            }

            return null;
        }

        /// <summary>Words for the log and the OLED (an enum prints as a number on nanoFramework).</summary>
        private static string Describe(NetworkHelperStatus status)
        {
            switch (status)
            {
                case NetworkHelperStatus.TokenExpiredWaitingIPAddress:
                    return "no IP address in time";
                case NetworkHelperStatus.TokenExpiredWaitingDateTime:
                    return "no time from SNTP";
                case NetworkHelperStatus.ErrorConnetingToWiFiWhileScanning:
                    return "network not found";
                case NetworkHelperStatus.FailedNoNetworkInterface:
                    return "no Wi-Fi interface";
                case NetworkHelperStatus.ExceptionOccurred:
                    return "join failed";
                default:
                    return "not connected";
            }
        }
    }
}
