// Surface of nanoFramework.System.Device.Wifi 1.5.149 (assembly System.Device.Wifi).
// Source: nanoframework/System.Device.Wifi@282a906 (tag v1.5.147).
using System.Device.Wifi;
using System.Threading;

namespace nanoFramework.Networking
{
    // System.Device.Wifi/NetworkHelper/WifiNetworkHelper.cs L17
    public static class WifiNetworkHelper
    {
        // WifiNetworkHelper.cs L56 (NetworkHelperStatus itself is in System.Net.dll)
        public static NetworkHelperStatus Status => throw null;

        // WifiNetworkHelper.cs L155: false on failure, never throws; a default token waits forever.
        // Stores the credentials in the device's network configuration.
        public static bool ConnectDhcp(string ssid, string password, WifiReconnectionKind reconnectionKind = WifiReconnectionKind.Automatic, bool requiresDateTime = false, int wifiAdapterId = 0, CancellationToken token = default) => throw null;

        // WifiNetworkHelper.cs L248: reconnects with the credentials already stored on the device.
        public static bool Reconnect(bool requiresDateTime = false, int wifiAdapterId = 0, CancellationToken token = default) => throw null;
    }
}

namespace System.Device.Wifi
{
    // System.Device.Wifi/WifiAdapter.cs L23 (IDisposable; the real class has scanning members too)
    public sealed class WifiAdapter
    {
        // Not the real constructor: it only keeps the implicit public one out, because the real constructor is internal and takes an index (WifiAdapter.cs L53).
        internal WifiAdapter() => throw null;

        // WifiAdapter.cs L178
        public static WifiAdapter[] FindAllAdapters() => throw null;

        // WifiAdapter.cs L155: blocks until the join ends, up to 20 s natively (NativeConnect); never throws for a failed join.
        public WifiConnectionResult Connect(string ssid, WifiReconnectionKind reconnectionKind, string passwordCredential) => throw null;
    }

    // System.Device.Wifi/WifiConnectionResult.cs L12
    public class WifiConnectionResult
    {
        // Not the real constructor: it only keeps the implicit public one out, because the real constructor is internal (WifiConnectionResult.cs L16).
        internal WifiConnectionResult() => throw null;

        // WifiConnectionResult.cs L24
        public WifiConnectionStatus ConnectionStatus => throw null;
    }

    // System.Device.Wifi/WifiConnectionStatus.cs L11
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

    // System.Device.Wifi/WifiReconnectionKind.cs L11
    public enum WifiReconnectionKind
    {
        Automatic,
        Manual,
    }
}
