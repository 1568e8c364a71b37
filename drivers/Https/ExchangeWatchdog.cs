using System;
using System.Net.Http;
using System.Threading;

namespace DeviceFlow.Drivers.Https
{
    /// <summary>
    /// Ends a request's body read when its time budget runs out. HttpClient.Timeout only covers the wait for the
    /// response headers (HttpWebRequest.GetResponse arms its timer around ParseHTTPResponse alone,
    /// System.Net.HttpWebRequest.cs L1805-1824), and the body loop in StreamContent.SerializeToStream
    /// (StreamContent.cs L64-111) spins on Read()==0 with no deadline of its own. HttpWebRequest.ReadWriteTimeout
    /// (L426-444, applied to the stream at L1593-1594) would bound each read, but HttpClientHandler never sets it
    /// (CreateWebRequest, HttpClientHandler.cs L274-329), so through HttpClient it stays at 5 minutes (L172). Disposing the response disposes
    /// its StreamContent, which disposes the network stream (HttpResponseMessage.cs L151-163, StreamContent.cs
    /// L166-174) and so makes the blocked read throw. Connect, DNS and the TLS handshake have no handle it could
    /// close: HttpClientHandler keeps the HttpWebRequest local (HttpClientHandler.cs L210) and the handshake runs
    /// in blocking native code that stops every managed thread (README "What only a board proves").
    /// </summary>
    internal sealed class ExchangeWatchdog : IDisposable
    {
        private readonly object _gate = new object();
        private readonly Timer _timer;
        private HttpResponseMessage _response;
        private bool _fired;

        public ExchangeWatchdog(int budgetMilliseconds)
        {
            _timer = new Timer(Fire, null, budgetMilliseconds, Timeout.Infinite);
        }

        /// <summary>True once the budget has run out.</summary>
        public bool Fired
        {
            get
            {
                lock (_gate)
                {
                    return _fired;
                }
            }
        }

        /// <summary>The response whose body is being read: disposed at once if the budget already ran out.</summary>
        public void Watch(HttpResponseMessage response)
        {
            lock (_gate)
            {
                _response = response;
                if (_fired)
                {
                    response.Dispose();
                }
            }
        }

        public void Dispose()
        {
            _timer.Dispose();
        }

        private void Fire(object state)
        {
            lock (_gate)
            {
                _fired = true;
                if (_response != null)
                {
                    _response.Dispose();
                }
            }
        }
    }
}
