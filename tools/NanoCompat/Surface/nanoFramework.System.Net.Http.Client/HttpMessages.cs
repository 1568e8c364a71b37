// Surface of nanoFramework.System.Net.Http.Client 1.5.210 (assembly System.Net.Http).
// Source: nanoframework/System.Net.Http@v1.5.210 (a37532d), nanoFramework.System.Net.Http/Http/.
using System.IO;
using System.Net.Http.Headers;
using System.Text;

namespace System.Net.Http
{
    // HttpMethod.cs L15
    public class HttpMethod
    {
        // HttpMethod.cs L76
        public HttpMethod(string method) => throw null;
    }

    // HttpRequestMessage.cs L14
    public class HttpRequestMessage : IDisposable
    {
        // HttpRequestMessage.cs L118
        public HttpRequestMessage(HttpMethod method, string requestUri) => throw null;

        // HttpRequestMessage.cs L98
        public HttpRequestHeaders Headers => throw null;

        // HttpRequestMessage.cs L103
        public HttpContent Content
        {
            get => throw null;
            set => throw null;
        }

        // HttpRequestMessage.cs L144
        public void Dispose() => throw null;
    }

    // HttpResponseMessage.cs L14 (4xx/5xx come back as responses, never as exceptions)
    public class HttpResponseMessage : IDisposable
    {
        // HttpResponseMessage.cs L29
        public HttpContent Content
        {
            get => throw null;
            set => throw null;
        }

        // HttpResponseMessage.cs L91
        public HttpStatusCode StatusCode => throw null;

        // HttpResponseMessage.cs L166
        public void Dispose() => throw null;
    }

    // HttpContent.cs L16 (implements IDisposable; the response's Dispose disposes its content)
    public abstract class HttpContent
    {
        // Not the real constructor: it only keeps the implicit public one out, because the real class has abstract members a subclass must implement (HttpContent.cs L174, L207).
        private protected HttpContent() => throw null;

        // HttpContent.cs L29
        public HttpContentHeaders Headers => throw null;

        // HttpContent.cs L114
        public Stream ReadAsStream() => throw null;
        // HttpContent.cs L59: writes the body into the stream (SerializeToStream), chunk by chunk for a network body.
        public void CopyTo(Stream stream) => throw null;
    }

    // ByteArrayContent.cs L14
    public class ByteArrayContent : HttpContent
    {
        // Not the real constructor: it only keeps the implicit public one out, because the real constructors take the bytes (ByteArrayContent.cs L25, L69).
        internal ByteArrayContent() => throw null;

    }

    // StringContent.cs L15
    public class StringContent : ByteArrayContent
    {
        // StringContent.cs L59 (Content-Type becomes "<mediaType>; charset=utf-8")
        public StringContent(string content, Encoding encoding, string mediaType) => throw null;
    }
}
