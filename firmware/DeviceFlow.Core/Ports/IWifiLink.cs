namespace DeviceFlow.Core.Ports
{
    /// <summary>The network link (Wi-Fi on the device). One bounded attempt at a time; pacing is the caller's.</summary>
    public interface IWifiLink
    {
        /// <summary>True while the board has an IP address and a plausible wall clock (TLS needs both).</summary>
        bool IsUp { get; }

        /// <summary>
        /// One attempt to join the network, never longer than <paramref name="timeoutMilliseconds"/>.
        /// Never throws: a failure returns false and leaves a reason in <see cref="LastProblem"/>.
        /// </summary>
        bool TryConnect(int timeoutMilliseconds);

        /// <summary>A short, secret-free reason for the last failed attempt (never the password), or null.</summary>
        string LastProblem { get; }
    }
}
