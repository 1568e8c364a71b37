using DeviceFlow.Core.Ports;

namespace NFUnitTest
{
    /// <summary>Answers every request with one prepared result and keeps the last request (no network on nanoCLR).</summary>
    public sealed class CannedTransport : IHttpTransport
    {
        private readonly HttpResult _answer;

        public CannedTransport(HttpResult answer)
        {
            _answer = answer;
        }

        public HttpRequest LastRequest { get; private set; }

        public HttpResult Send(HttpRequest request)
        {
            LastRequest = request;
            return _answer;
        }

        public static CannedTransport Json(int status, string body)
        {
            return new CannedTransport(HttpResult.Completed(status, "application/json", body, HttpResult.NoRetryAfter));
        }
    }
}
