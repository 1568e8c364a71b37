using System;
using System.Device.Wifi;
using System.Net.NetworkInformation;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Drivers.Wifi
{
    /// <summary>
    /// The Wi-Fi station over nanoFramework's WifiAdapter, one bounded attempt at a time, each failure in its own
    /// words. WifiAdapter.Connect is called directly rather than through WifiNetworkHelper.ConnectDhcp, which drops
    /// Connect's WifiConnectionResult (System.Device.Wifi@282a906 WifiNetworkHelper.cs L411) and so reports a wrong
    /// password as "no IP address in time"; it also rewrote the Wi-Fi configuration in flash on every call
    /// (StoreWifiConfiguration), at every deep-sleep wake. After joining, the attempt waits for DHCP and for a
    /// plausible wall clock (TLS checks certificate dates; the ESP32 firmware starts SNTP by itself on
    /// IP_EVENT_STA_GOT_IP, reference §8).
    /// </summary>
    public sealed class WifiLink : IWifiLink
    {
        /// <summary>
        /// How long WifiAdapter.Connect can block, whatever the attempt's budget: the native join waits up to 20 s
        /// (nf-interpreter 8ca767c52 targets/ESP32/_nanoCLR/System.Device.Wifi/
        /// sys_dev_wifi_native_System_Device_Wifi_WifiAdapter.cpp NativeConnect L139-193). It counts against the budget.
        /// </summary>
        public const int NativeJoinMs = 20000;

        /// <summary>How often the address and the clock are looked at while waiting for DHCP and SNTP.</summary>
        public const int PollMs = 200;

        private readonly string _ssid;
        private readonly string _password;
        private readonly IClock _clock;
        private readonly IWaiter _waiter;
        private WifiAdapter _adapter;

        /// <param name="ssid">Null: the board joins the network nanoff's network deployment stored, by itself.</param>
        /// <param name="password">Null or empty for an open network.</param>
        public WifiLink(string ssid, string password, IClock clock, IWaiter waiter)
        {
            _ssid = ssid;

            // NativeConnect faults on a null pass phrase (FAULT_ON_NULL(szPassPhase), L134): an open network is "".
            _password = password == null ? string.Empty : password;
            _clock = clock;
            _waiter = waiter;
        }

        /// <summary>
        /// Asks the interface itself: WifiNetworkHelper's Status stays NetworkIsReady when the link drops
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
        /// Joins (unless the stored network is used), then waits for an address and the clock until the budget
        /// is spent. Takes at most max(budget, <see cref="NativeJoinMs"/>) + <see cref="PollMs"/>.
        /// </summary>
        public bool TryConnect(int timeoutMilliseconds)
        {
            long startedAtMs = _clock.MonotonicMilliseconds;
            try
            {
                if (_ssid != null)
                {
                    if (_adapter == null)
                    {
                        _adapter = WifiAdapter.FindAllAdapters()[0];
                    }

                    // Automatic: the radio re-joins by itself after a drop.
                    WifiConnectionStatus joined = _adapter.Connect(_ssid, WifiReconnectionKind.Automatic, _password).ConnectionStatus;
                    if (joined != WifiConnectionStatus.Success)
                    {
                        LastProblem = WifiWords.ForJoin(joined);
                        return false;
                    }
                }

                LastProblem = WaitForAddressAndClock(startedAtMs, timeoutMilliseconds);
                return LastProblem == null;
            }
            catch (Exception e)
            {
                LastProblem = "Wi-Fi error " + e.GetType().Name;
                return false;
            }
        }

        /// <summary>Null once both are there; otherwise what was still missing when the budget ran out.</summary>
        private string WaitForAddressAndClock(long startedAtMs, int budgetMs)
        {
            while (true)
            {
                bool address = HasAddress();
                DateTime utcNow;
                if (address && _clock.TryGetUtcNow(out utcNow))
                {
                    return null;
                }

                if (_clock.MonotonicMilliseconds - startedAtMs >= budgetMs)
                {
                    return address ? WifiWords.NoTime : _ssid == null ? WifiWords.StoredNotJoined : WifiWords.NoAddress;
                }

                _waiter.Wait(PollMs);
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
    }
}
