using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace DeviceFlow.Drivers.Https
{
    /// <summary>
    /// System.Net.Http.HttpClient v1.5.210 as the driver uses it, over <see cref="NanoNet"/>: the request's phases
    /// in the real order (HttpClientHandler.Send -> GetRequestStream/GetResponse -> EstablishConnection), each
    /// failure thrown and wrapped exactly as the real code does, Timeout covering only the header wait.
    /// </summary>
    public class HttpClient
    {
        private TimeSpan _timeout = System.Threading.Timeout.InfiniteTimeSpan;

        public TimeSpan Timeout
        {
            get => _timeout;
            set
            {
                // HttpClient.cs L101-103
                if (value != System.Threading.Timeout.InfiniteTimeSpan && value <= TimeSpan.Zero)
                {
                    throw new ArgumentOutOfRangeException();
                }

                _timeout = value;
            }
        }

        public X509Certificate HttpsAuthentCert { get; set; }

        public HttpResponseMessage Send(HttpRequestMessage request, HttpCompletionOption completionOption)
        {
            NanoNet net = NanoNet.Current;
            Exchange exchange = net.Next;
            net.Requests.Add(request.Method + " " + request.Uri);
            bool hasBody = request.Content != null;
            try
            {
                Connect(net, exchange);
            }
            catch (Exception e)
            {
                throw hasBody ? FromGetRequestStream(e) : FromGetResponse(e);
            }

            try
            {
                WaitForHeaders(net, exchange);
            }
            catch (Exception e)
            {
                throw FromGetResponse(e);
            }

            return new HttpResponseMessage(exchange);
        }

        /// <summary>EstablishConnection (System.Net.HttpWebRequest.cs L1336-1540): DNS, connect, TLS.</summary>
        private static void Connect(NanoNet net, Exchange exchange)
        {
            // Native getaddrinfo waits in WaitEvents, at most 30 s (NativeSocket.cpp getaddrinfo, timeout_ms = 30000).
            net.Wait(Math.Min(exchange.DnsMs, 30_000));
            if (exchange.DnsError is int dns)
            {
                throw new WebException("host not available", new SocketException(dns), WebExceptionStatus.ConnectFailure, null);
            }

            // Socket.Connect polls with no timeout (Socket.cs L344-350): lwIP's SYN retries end it.
            net.Wait(exchange.ConnectMs);
            if (exchange.ConnectError is int connect)
            {
                throw new WebException("connection failed", new SocketException(connect), WebExceptionStatus.ConnectFailure, null);
            }

            // SslStream.AuthenticateAsClient -> SslNative.SecureConnect: a blocking handshake (L1516).
            net.Block(exchange.TlsMs);
            if (exchange.TlsError is int tls)
            {
                throw exchange.CryptographicFirmware ? new CryptographicException() : new SocketException(tls);
            }
        }

        /// <summary>GetResponse arms its timer (HttpWebRequest.Timeout) only around ParseHTTPResponse (L1805-1824).</summary>
        private void WaitForHeaders(NanoNet net, Exchange exchange)
        {
            long limit = _timeout == System.Threading.Timeout.InfiniteTimeSpan ? long.MaxValue : (long)_timeout.TotalMilliseconds;
            if (exchange.HeadersMs >= limit)
            {
                net.Wait(limit);

                // OnRequestTimeout closes the socket (L1757-1773); the blocked read then finds it disposed.
                throw new ObjectDisposedException("Socket");
            }

            net.Wait(exchange.HeadersMs);
        }

        /// <summary>GetResponse: WebException("GetResponse() failed", e) around anything (L1839-1855), status Success; the handler wraps it (HttpClientHandler.cs L259-264).</summary>
        private static Exception FromGetResponse(Exception e)
        {
            return new HttpRequestException("An error occurred while sending the request", new WebException("GetResponse() failed", e));
        }

        /// <summary>GetRequestStream rethrows bare (L1875-1884); the handler wraps WebException and IOException only (HttpClientHandler.cs L259-269).</summary>
        private static Exception FromGetRequestStream(Exception e)
        {
            return e is WebException or IOException ? new HttpRequestException("An error occurred while sending the request", e) : e;
        }
    }

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
                // A read on the disposed InputNetworkStreamWrapper / socket.
                throw new ObjectDisposedException("NetworkStream");
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

    public class HttpWebRequest
    {
        public static int DefaultMaximumResponseHeadersLength { get; set; } = 4;
    }

    /// <summary>
    /// X509Certificate(string) parses at once (X509Certificate.cs L82-98); the native parser refuses what mbedTLS
    /// cannot read with CLR_E_INVALID_PARAMETER, an ArgumentException in managed code. .NET's PEM reader plays mbedTLS.
    /// </summary>
    public class X509Certificate
    {
        private readonly DateTime _expires;

        public X509Certificate(string certificate)
        {
            try
            {
                using X509Certificate2 parsed = X509Certificate2.CreateFromPem(certificate);
                _expires = parsed.NotAfter.ToUniversalTime();
            }
            catch (CryptographicException)
            {
                throw new ArgumentException();
            }
        }

        public DateTime GetExpirationDate() => _expires;
    }

    /// <summary>System.Threading.Timer on <see cref="NanoNet"/>'s virtual time.</summary>
    public sealed class Timer : IDisposable
    {
        private readonly System.Threading.TimerCallback _callback;
        private readonly object _state;

        public Timer(System.Threading.TimerCallback callback, object state, int dueTime, int period)
        {
            _callback = callback;
            _state = state;
            DueAt = NanoNet.Current.Time.MonotonicMilliseconds + dueTime;
            NanoNet.Current.Arm(this);
        }

        internal long DueAt { get; }

        internal void Fire() => _callback(_state);

        public void Dispose() => NanoNet.Current.Disarm(this);
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
