using DeviceFlow.Core.Tokens;

namespace DeviceFlow.Core.Ports
{
    /// <summary>One reading's work with the access token: the core's ReadingPoster posts it (the sensor itself is an IReadingSource).</summary>
    public interface ISensorTask
    {
        /// <summary>
        /// One reading. <paramref name="token"/> says whether a token is available and why not. Returns false
        /// only when the API refused the token (HTTP 401), so the loop can refresh it once (RFC 6750 §3.1).
        /// </summary>
        bool Run(AccessTokenResult token);
    }
}
