using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Tokens;

namespace DeviceFlow.Core.Readings
{
    /// <summary>
    /// The board's job once paired: each run measures a reading and POSTs it as JSON to sensor.readings_url with
    /// the access token as a Bearer credential (RFC 6750 §2.1). <see cref="Device.SensorLoop"/> decides when to
    /// run it and turns a 401 into one refresh, after which the refused reading goes again, not a new one.
    /// </summary>
    public sealed class ReadingPoster : ISensorTask
    {
        /// <summary>An API acknowledges a reading in a few bytes; more is not read (the board buffers whole bodies in heap).</summary>
        public const int MaxAnswerBytes = 1024;

        private readonly IHttpTransport _transport;
        private readonly string _url;
        private readonly IReadingSource _source;
        private readonly IClock _clock;
        private readonly ILog _log;
        private readonly IReadingObserver _observer;
        private string _refused;

        /// <param name="url">Null: readings are only logged (config.json has no sensor.readings_url).</param>
        /// <param name="observer">May be null.</param>
        public ReadingPoster(IHttpTransport transport, string url, IReadingSource source, IClock clock, ILog log, IReadingObserver observer)
        {
            _transport = transport;
            _url = url;
            _source = source;
            _clock = clock;
            _log = log;
            _observer = observer;
        }

        /// <summary>Readings measured so far (a resend after a 401 is the same reading).</summary>
        public int Taken { get; private set; }

        public int Accepted { get; private set; }

        public bool Run(AccessTokenResult token)
        {
            string body = _refused;
            _refused = null;
            if (body == null)
            {
                body = Measure();
            }

            string detail;
            ReadingOutcome outcome = Send(body, token, out detail);
            if (outcome == ReadingOutcome.Accepted)
            {
                Accepted++;
            }
            else if (outcome == ReadingOutcome.Refused)
            {
                _refused = body;
            }

            string line = "sensor: reading " + Taken + " " + Words(outcome) + (detail == null ? string.Empty : " (" + detail + ")");
            if (outcome == ReadingOutcome.Accepted || outcome == ReadingOutcome.Logged)
            {
                _log.Info(line);
            }
            else
            {
                _log.Warn(line);
            }

            if (_observer != null)
            {
                _observer.ReadingDone(Taken, body, outcome, detail);
            }

            return outcome != ReadingOutcome.Refused;
        }

        /// <summary>The reading's number and the board's uptime, then whatever the sensor measures.</summary>
        private string Measure()
        {
            Taken++;
            Reading reading = new Reading();
            reading.Add("reading", Taken);
            reading.Add("uptime_s", _clock.MonotonicMilliseconds / 1000);
            _source.Measure(reading);
            return reading.ToJson();
        }

        private ReadingOutcome Send(string body, AccessTokenResult token, out string detail)
        {
            if (_url == null)
            {
                detail = body;
                return ReadingOutcome.Logged;
            }

            if (token.Status != AccessTokenStatus.Ok)
            {
                detail = token.Reason;
                return ReadingOutcome.NoToken;
            }

            HttpResult result = _transport.Send(new HttpRequest("POST", _url, "application/json", body, token.AuthorizationHeader, MaxAnswerBytes));
            if (result.Outcome != TransportOutcome.Completed)
            {
                detail = result.FailureDetail;
                return ReadingOutcome.Failed;
            }

            detail = "HTTP " + result.StatusCode;
            return result.StatusCode == 401 ? ReadingOutcome.Refused
                : result.StatusCode >= 200 && result.StatusCode <= 299 ? ReadingOutcome.Accepted
                : ReadingOutcome.Failed;
        }

        private static string Words(ReadingOutcome outcome)
        {
            switch (outcome)
            {
                case ReadingOutcome.Accepted:
                    return "accepted";
                case ReadingOutcome.Refused:
                    return "refused: the token gets one refresh";
                case ReadingOutcome.NoToken:
                    return "not sent: no usable access token";
                case ReadingOutcome.Logged:
                    return "not sent: config.json has no sensor.readings_url";
                default:
                    return "lost";
            }
        }
    }
}
