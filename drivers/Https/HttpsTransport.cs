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
    /// responses, the provider's root CA, every message disposed (undisposed responses exhaust the 16 lwIP
    /// sockets), and never an exception out, not even from construction (<see cref="Problem"/>).
    /// Time: HttpClient.Timeout bounds the wait for the headers, <see cref="ExchangeWatchdog"/> the body; what
    /// neither can bound (DNS 30 s natively, connect, the TLS handshake) is in README "What only a board proves".
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
        private readonly ILog _log;
        private readonly int _timeoutMs;
        private string _rootCaFile;
        private DateTime _rootCaExpiresUtc;
        private bool _rootCaExpiryChecked = true;

        /// <param name="rootCaFile">The root CA's path on the board, or null to use the CA store deployed with nanoff.</param>
        /// <param name="rootCaPem">That file's text (null when the file is missing).</param>
        public HttpsTransport(string rootCaFile, string rootCaPem, int timeoutSeconds, IClock clock, ILog log)
        {
            HttpWebRequest.DefaultMaximumResponseHeadersLength = ResponseHeadersKb;
            _clock = clock;
            _log = log;
            _timeoutMs = timeoutSeconds * 1000;
            _client = new HttpClient();

            // Only the header wait: HttpClientHandler hands it to HttpWebRequest.Timeout (HttpClientHandler.cs L307-310).
            _client.Timeout = TimeSpan.FromSeconds(timeoutSeconds);
            if (rootCaFile != null)
            {
                X509Certificate rootCa = LoadRootCa(rootCaFile, rootCaPem);
                if (rootCa != null)
                {
                    _client.HttpsAuthentCert = rootCa;
                }
            }
        }

        /// <summary>Why this transport cannot work (the root CA file, named), or null when it is usable.</summary>
        public string Problem { get; private set; }

        public HttpResult Send(HttpRequest request)
        {
            if (Problem != null)
            {
                return HttpResult.Failure(TransportOutcome.Failed, Problem);
            }

            WarnIfRootCaExpiring();

            long startedAtMs = _clock.MonotonicMilliseconds;
            HttpRequestMessage message = null;
            HttpResponseMessage response = null;
            ExchangeWatchdog watchdog = new ExchangeWatchdog(_timeoutMs);
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
                watchdog.Watch(response);
                if (watchdog.Fired)
                {
                    // Connecting took the whole budget: the body is not waited for.
                    return HttpResult.Failure(TransportOutcome.Timeout, "no answer in time");
                }

                return ResponseReader.Read(response, request.MaxResponseBytes);
            }
            catch (Exception e)
            {
                bool budgetSpent = watchdog.Fired || _clock.MonotonicMilliseconds - startedAtMs >= _timeoutMs;
                DateTime utcNow;
                return TransportFailures.From(e, budgetSpent, _clock.TryGetUtcNow(out utcNow));
            }
            finally
            {
                watchdog.Dispose();
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

        /// <summary>The parsed root CA, or null with <see cref="Problem"/> set; an expired or expiring CA is logged (<see cref="WarnIfRootCaExpiring"/>).</summary>
        private X509Certificate LoadRootCa(string file, string pem)
        {
            Problem = RootCaCheck.TextProblem(file, pem);
            if (Problem != null)
            {
                return null;
            }

            X509Certificate rootCa;
            try
            {
                // Parses at once and throws on what mbedTLS refuses (X509Certificate.cs L82-98 -> native
                // ParseCertificate: CLR_E_INVALID_PARAMETER, nf-interpreter ..._X509Certificate.cpp L32-33).
                rootCa = new X509Certificate(pem);
            }
            catch (Exception)
            {
                Problem = RootCaCheck.ParseProblem(file);
                return null;
            }

            _rootCaFile = file;
            _rootCaExpiresUtc = rootCa.GetExpirationDate();
            _rootCaExpiryChecked = false;
            WarnIfRootCaExpiring();
            return rootCa;
        }

        /// <summary>
        /// Logs, once, an expired or expiring root CA. At power-on the wall clock is unknown until SNTP has run with
        /// the first Wi-Fi join (reference §8), which comes after the transport is opened; so the check waits for the
        /// first request that finds the clock set.
        /// </summary>
        private void WarnIfRootCaExpiring()
        {
            DateTime utcNow;
            if (_rootCaExpiryChecked || !_clock.TryGetUtcNow(out utcNow))
            {
                return;
            }

            _rootCaExpiryChecked = true;
            string warning = RootCaCheck.ExpiryWarning(_rootCaFile, _rootCaExpiresUtc, utcNow);
            if (warning != null)
            {
                _log.Warn(warning);
            }
        }
    }
}
