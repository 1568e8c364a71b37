// Surface of nanoFramework.System.Net 1.11.60 (assembly System.Net).
// Source: nanoframework/System.Net@713b02c (tag v1.11.54), nanoFramework.System.Net/NetworkInformation/.
namespace System.Net.NetworkInformation
{
    // NetworkInterface.cs L19
    public class NetworkInterface
    {
        // Not the real constructor: it only keeps the implicit public one out, because the real constructor is protected and takes an index (NetworkInterface.cs L72).
        internal NetworkInterface() => throw null;

        // NetworkInterface.cs L91
        public static NetworkInterface[] GetAllNetworkInterfaces() => throw null;

        // NetworkInterface.cs L345 ("0.0.0.0" until DHCP has answered)
        public string IPv4Address => throw null;

        // NetworkInterface.cs L457
        public NetworkInterfaceType NetworkInterfaceType => throw null;

        // NetworkInterface.cs L468: index of this interface's entry in GetAllWireless80211Configurations()
        public uint SpecificConfigId
        {
            get => throw null;
            set => throw null;
        }
    }

    // NetworkInterfaceType.cs L15 (values kept in sync with the native nanoHAL_Network.h)
    public enum NetworkInterfaceType
    {
        Unknown = 1,
        Ethernet = 6,
        Wireless80211 = 71,
        WirelessAP = 72,
    }
}
