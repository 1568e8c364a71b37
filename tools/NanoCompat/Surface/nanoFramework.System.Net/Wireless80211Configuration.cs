// Surface of nanoFramework.System.Net 1.11.60 (assembly System.Net).
// Source: nanoframework/System.Net@713b02c (tag v1.11.54), nanoFramework.System.Net/NetworkInformation/Wireless80211Configuration.cs.
namespace System.Net.NetworkInformation
{
    // Wireless80211Configuration.cs L17: the Wi-Fi credentials stored in the device's configuration block.
    public class Wireless80211Configuration
    {
        // Not the real constructor: it only keeps the implicit public one out, because the real constructor takes an id (Wireless80211Configuration.cs L86).
        internal Wireless80211Configuration() => throw null;

        // Wireless80211Configuration.cs L73
        public string Ssid
        {
            get => throw null;
            set => throw null;
        }

        // Wireless80211Configuration.cs L132
        public static Wireless80211Configuration[] GetAllWireless80211Configurations() => throw null;
    }
}
