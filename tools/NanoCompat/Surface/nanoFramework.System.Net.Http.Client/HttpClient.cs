// Surface of nanoFramework.System.Net.Http.Client 1.5.210 (assembly System.Net.Http).
// Source: nanoframework/System.Net.Http@v1.5.210 (a37532d), nanoFramework.System.Net.Http/Http/.
using System.Security.Cryptography.X509Certificates;

namespace System.Net.Http
{
    // HttpMessageInvoker.cs L12 (implements IDisposable; the transport keeps its one client for the board's lifetime)
    public class HttpMessageInvoker
    {
        // Not the real constructor: it only keeps the implicit public one out, because the real constructors take an HttpMessageHandler (HttpMessageInvoker.cs L22, L33).
        internal HttpMessageInvoker() => throw null;

    }

    // HttpClient.cs L25
    public class HttpClient : HttpMessageInvoker
    {
        // HttpClient.cs L145 (the only ctor; sets Timeout to infinite and Connection: close)
        public HttpClient() => throw null;

        // HttpClient.cs L95 (setter throws once a request was sent)
        public TimeSpan Timeout
        {
            get => throw null;
            set => throw null;
        }

        // HttpClient.cs L119
        public X509Certificate HttpsAuthentCert
        {
            get => throw null;
            set => throw null;
        }

        // HttpClient.cs L379
        public HttpResponseMessage Send(HttpRequestMessage request, HttpCompletionOption completionOption) => throw null;
    }

    // HttpCompletionOption.cs L12
    public enum HttpCompletionOption
    {
        ResponseContentRead = 0,
        ResponseHeadersRead,
    }

    // HttpRequestException.cs L13
    public class HttpRequestException : Exception
    {
    }
}
