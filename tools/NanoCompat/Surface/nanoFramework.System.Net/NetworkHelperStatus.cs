// Surface of nanoFramework.System.Net 1.11.60 (assembly System.Net): the status WifiNetworkHelper reports.
// Source: nanoframework/System.Net@713b02c (tag v1.11.54), nanoFramework.System.Net/NetworkHelper/NetworkHelperStatus.cs L8-L54.
namespace nanoFramework.Networking
{
    public enum NetworkHelperStatus
    {
        None,
        Started,
        NetworkIsReady,
        FailedNoNetworkInterface,
        TokenExpiredWaitingIPAddress,
        TokenExpiredWaitingDateTime,
        ErrorConnetingToWiFiWhileScanning,
        ExceptionOccurred,
        Reconnecting,
    }
}
