using System;
using DeviceFlow.Core.Ports;

namespace NFUnitTest
{
    /// <summary>
    /// Answers requests from a script, in order, and notes when (on the virtual clock) and what each request was:
    /// the server side of a whole pairing without a network (nanoCLR has none).
    /// </summary>
    public sealed class ScriptedTransport : IHttpTransport
    {
        private readonly HttpResult[] _answers;
        private readonly IClock _clock;
        private readonly HttpRequest[] _requests;
        private readonly long[] _sentAtMs;

        public ScriptedTransport(HttpResult[] answers, IClock clock)
        {
            _answers = answers;
            _clock = clock;
            _requests = new HttpRequest[answers.Length];
            _sentAtMs = new long[answers.Length];
        }

        /// <summary>Requests sent so far.</summary>
        public int Count { get; private set; }

        public HttpRequest Request(int index)
        {
            return _requests[index];
        }

        public long SentAtMs(int index)
        {
            return _sentAtMs[index];
        }

        public HttpResult Send(HttpRequest request)
        {
            if (Count == _answers.Length)
            {
                throw new InvalidOperationException("request " + (Count + 1) + " is beyond the script: " + request.Url);
            }

            _requests[Count] = request;
            _sentAtMs[Count] = _clock.MonotonicMilliseconds;
            return _answers[Count++];
        }

        public static HttpResult Json(int status, string body)
        {
            return HttpResult.Completed(status, "application/json", body, HttpResult.NoRetryAfter);
        }
    }
}
