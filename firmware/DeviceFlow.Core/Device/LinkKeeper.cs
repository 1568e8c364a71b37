using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;

namespace DeviceFlow.Core.Device
{
    /// <summary>Told of each attempt to bring the link up, so the screen can say what is going on.</summary>
    public interface ILinkObserver
    {
        void Connecting(int attempt);

        /// <summary>An attempt failed; the next one starts in <paramref name="retryInMs"/>, or never when it is -1.</summary>
        void Failed(int attempt, string problem, int retryInMs);
    }

    /// <summary>
    /// Brings the network link up with bounded attempts and exponential backoff between them, so a missing
    /// access point costs a retry every minute at most instead of a tight loop that keeps the radio busy.
    /// </summary>
    public sealed class LinkKeeper
    {
        /// <summary>One attempt: association, DHCP and the first SNTP answer usually take a few seconds.</summary>
        public const int AttemptTimeoutMs = 30000;

        public const int FirstBackoffMs = 2000;

        public const int MaxBackoffMs = 60000;

        private readonly IWifiLink _link;
        private readonly IWaiter _waiter;
        private readonly ILog _log;
        private readonly ILinkObserver _observer;

        public LinkKeeper(IWifiLink link, IWaiter waiter, ILog log, ILinkObserver observer)
        {
            _link = link;
            _waiter = waiter;
            _log = log;
            _observer = observer;
        }

        /// <summary>Returns true once the link is up; false after <paramref name="maxAttempts"/> failures (-1: never gives up).</summary>
        public bool EnsureUp(int maxAttempts)
        {
            if (_link.IsUp)
            {
                return true;
            }

            int attempt = 0;
            while (maxAttempts < 0 || attempt < maxAttempts)
            {
                attempt++;
                _observer.Connecting(attempt);
                if (_link.TryConnect(AttemptTimeoutMs))
                {
                    _log.Info("wifi: up after " + attempt + " attempt(s)");
                    return true;
                }

                string problem = _link.LastProblem == null ? "unknown" : _link.LastProblem;
                bool retry = maxAttempts < 0 || attempt < maxAttempts;
                int backoffMs = BackoffMs(attempt);
                _observer.Failed(attempt, problem, retry ? backoffMs : -1);
                _log.Warn("wifi: attempt " + attempt + " failed (" + problem + ")" + (retry ? ", retry in " + WholeSeconds.RoundedUp(backoffMs) + " s" : string.Empty));
                if (retry)
                {
                    _waiter.Wait(backoffMs);
                }
            }

            return false;
        }

        /// <summary>Wait after the given number of consecutive failures: 2 s, 4 s, 8 s ... capped at 60 s.</summary>
        public static int BackoffMs(int failures)
        {
            return (int)Backoff.DelayMs(FirstBackoffMs, failures, MaxBackoffMs, HttpResult.NoRetryAfter);
        }
    }
}
