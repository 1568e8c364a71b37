using System;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Drivers.Https
{
    /// <summary>
    /// The core's HTTP port over nanoFramework's HttpClient (reference §1): synchronous, 4xx as normal
    /// responses, an explicit timeout (the default is infinite), the provider's root CA, every message
    /// disposed (undisposed responses exhaust the 16 lwIP sockets), and never an exception out.
    /// No Accept header: it is a restricted header there and throws; the core parses form bodies too.
    /// </summary>
    public sealed class HttpsTransport : IHttpTransport
    {
        /// <summary>
        /// Response header budget in KB. At the default 4 KB, a provider's large CSP or cookie headers
        /// overflow the parser, which then reads the rest of the headers as body.
        /// </summary>
        public const int ResponseHeadersKb = 16;

        private readonly HttpClient _client;
        private readonly IClock _clock;
        private readonly int _timeoutMs;

        /// <param name="rootCaPem">The provider's root CA, or null to use the CA store deployed with nanoff.</param>
        public HttpsTransport(string rootCaPem, int timeoutSeconds, IClock clock)
        {
            HttpWebRequest.DefaultMaximumResponseHeadersLength = ResponseHeadersKb;
            _clock = clock;
            _timeoutMs = timeoutSeconds * 1000;
            _client = new HttpClient();
            _client.Timeout = TimeSpan.FromSeconds(timeoutSeconds);
            if (rootCaPem != null)
            {
                _client.HttpsAuthentCert = new X509Certificate(rootCaPem);
            }
        }

        public HttpResult Send(HttpRequest request)
        {
            long startedAtMs = _clock.MonotonicMilliseconds;
            HttpRequestMessage message = null;
            HttpResponseMessage response = null;
            try
            {
                message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
                if (request.Body != null)
                {
                    message.Content = new StringContent(request.Body, Encoding.UTF8, request.ContentType);
                }

                if (request.Authorization != null)
                {
                    message.Headers.Add("Authorization", request.Authorization);
                }

                // Headers first: a body whose declared length is over the cap is refused before it is read.
                response = _client.Send(message, HttpCompletionOption.ResponseHeadersRead);
                return ResponseReader.Read(response, request.MaxResponseBytes);
            }
            catch (Exception e)
            {
                bool timedOut = _clock.MonotonicMilliseconds - startedAtMs >= _timeoutMs;
                return TransportFailures.From(e, timedOut);
            }
            finally
            {
                if (response != null)
                {
                    response.Dispose();
                }

                if (message != null)
                {
                    message.Dispose();
                }
            }
        }
    }
}
