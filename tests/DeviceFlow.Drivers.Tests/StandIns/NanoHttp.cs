using System;
using System.IO;
using System.Security.Cryptography;

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

                // OnRequestTimeout closes the socket (L1757-1773); the blocked TLS read then finds it disposed.
                throw NanoNet.SocketClosedUnderRead();
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
}
