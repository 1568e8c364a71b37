using System;
using System.Collections.Generic;
using DeviceFlow.Testing;

namespace DeviceFlow.Drivers.Wifi
{
    /// <summary>
    /// The ESP32's station interface and the air around it, per test thread, on virtual time shared with the
    /// driver's clock and waiter. The join blocks as NativeConnect does (up to 20 s, then Timeout).
    /// </summary>
    public sealed class FakeRadio
    {
        [ThreadStatic]
        private static FakeRadio _current;

        public static FakeRadio Current => _current ??= new FakeRadio();

        public VirtualTime Time { get; } = new() { WallClockKnown = false };

        /// <summary>Networks in range: SSID -> password ("" for open).</summary>
        public Dictionary<string, string> AccessPoints { get; } = new();

        /// <summary>An access point that never finishes the handshake (NativeConnect's 20 s pass without a result).</summary>
        public bool AccessPointSilent { get; set; }

        /// <summary>How long the join takes when it gets an answer (scan, auth, association).</summary>
        public long JoinMs { get; set; } = 3000;

        /// <summary>DHCP answers this long after joining; null: never.</summary>
        public long? DhcpMs { get; set; } = 1000;

        /// <summary>SNTP answers this long after the address; null: never.</summary>
        public long? SntpMs { get; set; } = 500;

        /// <summary>The network nanoff stored on the board, which the firmware joins by itself at boot (null: none).</summary>
        public string StoredSsid { get; set; }

        public int Joins { get; private set; }

        public List<string> PasswordsSent { get; } = new();

        private long? _addressAt;

        public static void Reset() => _current = new FakeRadio();

        internal WifiConnectionOutcome Join(string ssid, string password)
        {
            Joins++;
            PasswordsSent.Add(password ?? throw new NullReferenceException("FAULT_ON_NULL(szPassPhase)"));
            if (AccessPointSilent)
            {
                Time.Advance(20_000);
                return WifiConnectionOutcome.Timeout;
            }

            Time.Advance(JoinMs);
            if (!AccessPoints.TryGetValue(ssid, out string expected))
            {
                return WifiConnectionOutcome.NoApFound;
            }

            if (expected != password)
            {
                return WifiConnectionOutcome.AuthFail;
            }

            Associated();
            return WifiConnectionOutcome.Connected;
        }

        /// <summary>The firmware's own boot-time join of the stored network.</summary>
        public void BootWithStoredNetwork()
        {
            if (StoredSsid != null && AccessPoints.ContainsKey(StoredSsid))
            {
                Associated();
            }
        }

        internal string Address()
        {
            long now = Time.MonotonicMilliseconds;
            if (_addressAt is long at && now >= at)
            {
                if (SntpMs is long sntp && now >= at + sntp)
                {
                    Time.WallClockKnown = true;
                }

                return "192.168.1.50";
            }

            return "0.0.0.0";
        }

        private void Associated()
        {
            _addressAt = DhcpMs is long dhcp ? Time.MonotonicMilliseconds + dhcp : null;
        }
    }

    internal enum WifiConnectionOutcome
    {
        Connected,
        NoApFound,
        AuthFail,
        Timeout,
    }

    /// <summary>System.Net.NetworkInformation.NetworkInterface (System.Net@713b02c NetworkInterface.cs): the station's address.</summary>
    public class NetworkInterface
    {
        public static NetworkInterface[] GetAllNetworkInterfaces() => [new NetworkInterface()];

        public string IPv4Address => FakeRadio.Current.Address();

        public NetworkInterfaceType NetworkInterfaceType => NetworkInterfaceType.Wireless80211;
    }

    public enum NetworkInterfaceType
    {
        Unknown = 1,
        Ethernet = 6,
        Wireless80211 = 71,
        WirelessAP = 72,
    }
}

namespace System.Device.Wifi
{
    using DeviceFlow.Drivers.Wifi;

    /// <summary>WifiAdapter (System.Device.Wifi@282a906 WifiAdapter.cs) over <see cref="FakeRadio"/>.</summary>
    public sealed class WifiAdapter
    {
        public static WifiAdapter[] FindAllAdapters() => [new WifiAdapter()];

        /// <summary>NativeConnect's mapping of the ESP-IDF reason (sys_dev_wifi_native_System_Device_Wifi_WifiAdapter.cpp L152-193).</summary>
        public WifiConnectionResult Connect(string ssid, WifiReconnectionKind reconnectionKind, string passwordCredential)
        {
            WifiConnectionStatus status = FakeRadio.Current.Join(ssid, passwordCredential) switch
            {
                WifiConnectionOutcome.Connected => WifiConnectionStatus.Success,
                WifiConnectionOutcome.NoApFound => WifiConnectionStatus.NetworkNotAvailable,
                WifiConnectionOutcome.AuthFail => WifiConnectionStatus.InvalidCredential,
                _ => WifiConnectionStatus.Timeout,
            };
            return new WifiConnectionResult(status);
        }
    }

    public class WifiConnectionResult
    {
        internal WifiConnectionResult(WifiConnectionStatus status) => ConnectionStatus = status;

        public WifiConnectionStatus ConnectionStatus { get; }
    }

    public enum WifiConnectionStatus
    {
        AccessRevoked,
        InvalidCredential,
        NetworkNotAvailable,
        Success,
        Timeout,
        UnspecifiedFailure,
        UnsupportedAuthenticationProtocol,
    }

    public enum WifiReconnectionKind
    {
        Automatic,
        Manual,
    }
}
