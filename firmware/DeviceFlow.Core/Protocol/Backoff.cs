namespace DeviceFlow.Core.Protocol
{
    /// <summary>
    /// The one exponential backoff for everything that retries over the network (polls, refreshes, Wi-Fi,
    /// discovery): the first failure waits <c>firstMs</c>, each further one doubles it, up to <c>capMs</c>, and a
    /// server's Retry-After is a floor (RFC 9110 §10.2.3), never a way to come back sooner.
    /// </summary>
    public static class Backoff
    {
        public static long DelayMs(long firstMs, int failures, long capMs, int retryAfterSeconds)
        {
            long delayMs = firstMs;
            for (int i = 1; i < failures && delayMs < capMs; i++)
            {
                delayMs *= 2;
            }

            if (delayMs > capMs)
            {
                delayMs = capMs;
            }

            long serverMs = retryAfterSeconds * 1000L;
            return serverMs > delayMs ? serverMs : delayMs;
        }
    }
}
