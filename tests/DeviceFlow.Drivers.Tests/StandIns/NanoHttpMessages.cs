using System;
using System.IO;
using System.Text;

// Stand-ins of the System.Net.Http message types (v1.5.210) the driver touches, over NanoNet.
namespace DeviceFlow.Drivers.Https
{
    public enum HttpCompletionOption
    {
        ResponseContentRead = 0,
        ResponseHeadersRead,
    }

    public class HttpMethod
    {
        public HttpMethod(string method) => Method = method;

        public string Method { get; }

        public override string ToString() => Method;
    }

    public class HttpRequestMessage : IDisposable
    {
        public HttpRequestMessage(HttpMethod method, string requestUri)
        {
            Method = method;
            Uri = requestUri;
        }

        public HttpMethod Method { get; }

        public string Uri { get; }

        public HttpRequestHeaders Headers { get; } = new();

        public HttpContent Content { get; set; }

        public void Dispose()
        {
        }
    }

    public sealed class HttpRequestHeaders
    {
        public void Add(string name, string value)
        {
        }
    }

    public class HttpResponseMessage : IDisposable
    {
        internal HttpResponseMessage(Exchange exchange)
        {
            StatusCode = (System.Net.HttpStatusCode)exchange.Status;
            Content = new HttpContent(exchange);
        }

        public HttpContent Content { get; }

        public System.Net.HttpStatusCode StatusCode { get; }

        public bool Disposed { get; private set; }

        /// <summary>HttpResponseMessage.cs L151-163 -> StreamContent.Dispose L166-174: the network stream goes too.</summary>
        public void Dispose()
        {
            Disposed = true;
            Content.Disposed = true;
        }
    }

    public class StringContent : HttpContent
    {
        public StringContent(string content, Encoding encoding, string mediaType)
            : base(new Exchange())
        {
        }
    }

    /// <summary>StreamContent over the network stream (HttpClientHandler.CreateResponseMessage L340).</summary>
    public class HttpContent
    {
        private readonly Exchange _exchange;

        internal HttpContent(Exchange exchange)
        {
            _exchange = exchange;
            Headers = new HttpContentHeaders(exchange);
        }

        public HttpContentHeaders Headers { get; }

        internal bool Disposed { get; set; }

        /// <summary>
        /// StreamContent.SerializeToStream (L64-111): reads up to Content-Length (int.MaxValue when chunked),
        /// loops with Sleep(10) while Read returns 0; the network read times out after the 5-minute
        /// ReadWriteTimeout (HttpWebRequest.cs L172, L1593-1594) unless the stream is disposed first.
        /// </summary>
        /// <summary>StreamContent.CreateContentReadStream (L117-126): the whole body buffered first (LoadIntoBuffer, HttpContent.cs L92-107).</summary>
        public Stream ReadAsStream()
        {
            var buffer = new MemoryStream();
            CopyTo(buffer);
            buffer.Position = 0;
            return buffer;
        }

        public void CopyTo(Stream stream)
        {
            NanoNet net = NanoNet.Current;
            long length = _exchange.ContentLengthHeader < 0 ? int.MaxValue : _exchange.ContentLengthHeader;
            int sent = 0;
            while (sent < length && sent < _exchange.Body.Length)
            {
                if (_exchange.StallAfterBytes >= 0 && sent >= _exchange.StallAfterBytes)
                {
                    Stall(net);
                }

                net.Wait(_exchange.ChunkMs);
                ThrowIfDisposed();
                if (_exchange.BodyError is int error)
                {
                    throw new SocketException(error);
                }

                int count = Math.Min(_exchange.ChunkBytes, _exchange.Body.Length - sent);
                sent += count;
                net.BodyBytesPulled = sent;
                stream.Write(_exchange.Body, sent - count, count);
            }
        }

        private void Stall(NanoNet net)
        {
            const int ReadWriteTimeoutMs = 5 * 60 * 1000;
            for (int waited = 0; waited < ReadWriteTimeoutMs; waited += 10)
            {
                net.Wait(10);
                ThrowIfDisposed();
            }

            throw new SocketException(10060);
        }

        private void ThrowIfDisposed()
        {
            if (Disposed)
            {
                // Disposing the response closed the network stream under the read.
                throw NanoNet.SocketClosedUnderRead();
            }
        }
    }

    public sealed class HttpContentHeaders
    {
        private readonly Exchange _exchange;

        internal HttpContentHeaders(Exchange exchange) => _exchange = exchange;

        /// <summary>-1 without a Content-Length header (HttpWebRequest.cs ParseHTTPResponse: m_contentLength = -1).</summary>
        public long ContentLength => _exchange.ContentLengthHeader;

        /// <summary>The getter throws ArgumentNullException when the header is absent (as the driver's comment says).</summary>
        public System.Net.Http.Http.Headers.MediaTypeHeaderValue ContentType
            => _exchange.ContentType == null ? throw new ArgumentNullException() : new System.Net.Http.Http.Headers.MediaTypeHeaderValue(_exchange.ContentType);
    }
}


namespace System.Net.Http.Http.Headers
{
    /// <summary>MediaTypeHeaderValue.cs (v1.5.210; namespace as in the real assembly).</summary>
    public class MediaTypeHeaderValue
    {
        public MediaTypeHeaderValue(string mediaType) => MediaType = mediaType.Split(';')[0].Trim();

        public string MediaType { get; set; }
    }
}
