// Surface of nanoFramework.System.Net.Http.Client 1.5.210 (assembly System.Net.Http).
// Source: nanoframework/System.Net.Http@v1.5.210 (a37532d), nanoFramework.System.Net.Http/Http/.
// These System.Net types live in System.Net.Http.dll on nanoFramework, not in System.Net.dll.
namespace System.Net
{
    // System.Net.HttpWebRequest.cs L50 (derives from WebRequest, left out here)
    public class HttpWebRequest
    {
        // Not the real constructor: it only keeps the implicit public one out, because the real constructor is internal (System.Net.HttpWebRequest.cs L1036).
        internal HttpWebRequest() => throw null;

        // System.Net.HttpWebRequest.cs L700: response header budget in KB (default 4), -1 = unlimited.
        public static int DefaultMaximumResponseHeadersLength
        {
            get => throw null;
            set => throw null;
        }
    }

    // System.Net.WebException.cs L22
    public class WebException : InvalidOperationException
    {
        // System.Net.WebException.cs L97
        public WebExceptionStatus Status => throw null;
    }

    // System.Net.WebStatus.cs L13
    public enum WebExceptionStatus
    {
        Success = 0,
        NameResolutionFailure = 1,
        ConnectFailure = 2,
        ReceiveFailure = 3,
        SendFailure = 4,
        PipelineFailure = 5,
        RequestCanceled = 6,
        ProtocolError = 7,
        ConnectionClosed = 8,
        TrustFailure = 9,
        SecureChannelFailure = 10,
        ServerProtocolViolation = 11,
        KeepAliveFailure = 12,
        Pending = 13,
        Timeout = 14,
        ProxyNameResolutionFailure = 15,
    }

    // System.Net.HttpStatusCode.cs L23 (members left out: the transport hands the core the number, (int)StatusCode)
    public enum HttpStatusCode
    {
    }
}
