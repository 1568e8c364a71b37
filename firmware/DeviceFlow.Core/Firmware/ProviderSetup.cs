using DeviceFlow.Core.Config;
using DeviceFlow.Core.Device;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;

namespace DeviceFlow.Core.Firmware
{
    /// <summary>
    /// config.json's provider → the client. Discovery that fails on the network (no route, an untrusted
    /// certificate, a server down) is retried where the maker can see it: each failure on the panel in the
    /// transport's own words with the next try's time, <see cref="AttemptsPerRound"/> tries with backoff, then
    /// "Press to retry", since a wrong issuer or a certificate the board does not trust will not fix itself.
    /// </summary>
    public sealed class ProviderSetup
    {
        public const int AttemptsPerRound = 5;

        public const string Title = "DISCOVERY";

        private readonly ClientResolver _resolver;
        private readonly Announcer _say;
        private readonly IButton _button;
        private readonly IWaiter _waiter;

        public ProviderSetup(ClientResolver resolver, Announcer say, IButton button, IWaiter waiter)
        {
            _resolver = resolver;
            _say = say;
            _button = button;
            _waiter = waiter;
        }

        /// <summary>The client, or null with the config.json problem only the maker can fix.</summary>
        public ClientConfig Resolve(DeviceConfig config, out string problem)
        {
            int attempt = 0;
            while (true)
            {
                bool retryable;
                ClientConfig client = _resolver.Resolve(config, out problem, out retryable);
                if (client != null || !retryable)
                {
                    return client;
                }

                attempt++;
                if (attempt < AttemptsPerRound)
                {
                    int backoffMs = LinkKeeper.BackoffMs(attempt);
                    _say.Say(Title, problem, "Try " + (attempt + 1) + " of " + AttemptsPerRound + " in " + WholeSeconds.RoundedUp(backoffMs) + " s");
                    _waiter.Wait(backoffMs);
                    continue;
                }

                _say.Say(Title, problem, "Press to retry");
                while (_button.WaitForPress(-1) == ButtonPress.None)
                {
                }

                attempt = 0;
            }
        }
    }
}
