namespace DeviceFlow.Core.Readings
{
    /// <summary>What became of one reading.</summary>
    public enum ReadingOutcome
    {
        /// <summary>The API answered 2xx.</summary>
        Accepted,

        /// <summary>The API answered 401: the sensor loop refreshes once and the same reading goes again (RFC 6750 §3.1).</summary>
        Refused,

        /// <summary>No usable access token (the reason is on the screen), so nothing was sent.</summary>
        NoToken,

        /// <summary>The API or the network failed; the reading is lost, the next one is due an interval later.</summary>
        Failed,

        /// <summary>config.json names no sensor.readings_url: the reading went to the log only.</summary>
        Logged,
    }

    /// <summary>Told of every reading (the simulator prints them; the board has its log).</summary>
    public interface IReadingObserver
    {
        /// <param name="detail">The HTTP status, the transport's words or the token's reason; never a secret.</param>
        void ReadingDone(int number, string body, ReadingOutcome outcome, string detail);
    }
}
