using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Providers;
using DeviceFlow.Core.Tokens;

namespace DeviceFlow.Core.Lifecycle
{
    /// <summary>
    /// The device from power-on: the boot policy (stored tokens → no pairing; due tokens → refresh after a random
    /// jitter; nothing → wait for a press), pairing on a short press, factory reset on a long one. The firmware's
    /// one composition root (Firmware/DeviceFirmware, with Device/SensorLoop) drives it on every host:
    /// <code>
    /// lifecycle.Start();
    /// while (true)
    /// {
    ///     lifecycle.EnsurePaired();
    ///     AccessTokenResult token = lifecycle.AccessToken();   // on a 401: lifecycle.ReportUnauthorized(token.AccessToken)
    ///     lifecycle.HandlePress(button.WaitForPress(periodMs));
    /// }
    /// </code>
    /// </summary>
    public sealed class DeviceLifecycle
    {
        /// <summary>Remembers that the first-boot pairing was tried, so it is tried only once per device.</summary>
        public const string FirstBootMarker = "tokens.firstboot";

        private readonly ClientConfig _config;
        private readonly DeviceFlowProtocol _protocol;
        private readonly PairingRunner _pairing;
        private readonly IStorage _storage;
        private readonly TokenStore _store;
        private readonly IClock _clock;
        private readonly IWaiter _waiter;
        private readonly IButton _button;
        private readonly IRandomSource _random;
        private readonly ILog _log;
        private readonly ILifecycleObserver _observer;
        private readonly LifecycleSettings _settings;

        /// <summary>What the screen was last told, so it hears only of changes.</summary>
        private string _reasonShown;
        private StorageResult _storageShown;

        /// <summary>The last access-token answer: a press after a Refused one pairs again.</summary>
        private AccessTokenStatus _lastStatus;

        public DeviceLifecycle(ClientConfig config, DeviceFlowProtocol protocol, PairingRunner pairing, IStorage storage, IClock clock, IWaiter waiter, IButton button, IRandomSource random, ILog log, ILifecycleObserver observer, LifecycleSettings settings)
        {
            _config = config;
            _protocol = protocol;
            _pairing = pairing;
            _storage = storage;
            _clock = clock;
            _waiter = waiter;
            _button = button;
            _random = random;
            _log = log;
            _observer = observer;
            _settings = settings;
            _store = new TokenStore(storage, TokenStore.IdentityOf(config.TokenUrl, config.ClientId), log);
            Tokens = new AccessTokenSource(protocol, _store, clock, log, settings.Tokens);
            Phase = LifecyclePhase.Booting;
        }

        /// <summary>The application's access tokens (valid token or why not; 401 → one refresh).</summary>
        public AccessTokenSource Tokens { get; }

        public LifecyclePhase Phase { get; private set; }

        public bool IsPaired
        {
            get { return _store.Current != null; }
        }

        /// <summary>The boot policy. Returns without waiting for the user: Ready, or WaitingForPress.</summary>
        public LifecyclePhase Start()
        {
            Enter(LifecyclePhase.Booting, null);
            TokenSet stored = _store.Load();
            if (stored == null)
            {
                if (_settings.PairOnFirstBoot && _storage.Read(FirstBootMarker) == null)
                {
                    // RFC 8628 §3.5 wants a person to start a pairing; the one exception is a fresh board's first
                    // boot, and only while the marker says it happened: a marker that cannot be written would make
                    // every boot pair without a press, so then the board waits for one like any other.
                    StorageResult marked = _storage.Write(FirstBootMarker, new byte[] { 1 });
                    if (marked == StorageResult.Ok)
                    {
                        _log.Info("lifecycle: first boot, pairing at once");
                        return Pair(_random.Next(1000));
                    }

                    _log.Warn("lifecycle: first boot, but the first-boot marker could not be written; waiting for a press");
                }

                return Enter(LifecyclePhase.WaitingForPress, null);
            }

            if (stored.RefreshToken != null && stored.Expiry.Freshness(_clock, _settings.Tokens.RefreshSkewSecondsFor(stored.Expiry)) != TokenFreshness.Fresh)
            {
                WaitJitter();
            }

            return Settle(Tokens.Get());
        }

        /// <summary>A valid access token or why not (refreshing when due); the screen hears of any change.</summary>
        public AccessTokenResult AccessToken()
        {
            AccessTokenResult result = Tokens.Get();
            Settle(result);
            return result;
        }

        /// <summary>The resource server answered 401 to this token: one refresh, for one retry (RFC 6750 §3.1).</summary>
        public AccessTokenResult ReportUnauthorized(string refusedAccessToken)
        {
            AccessTokenResult result = Tokens.ReportUnauthorized(refusedAccessToken);
            Settle(result);
            return result;
        }

        /// <summary>Blocks until the device holds tokens: a short press pairs, a long press resets.</summary>
        public void EnsurePaired()
        {
            if (!IsPaired && Phase != LifecyclePhase.WaitingForPress)
            {
                Settle(Tokens.Get());
            }

            while (!IsPaired)
            {
                HandlePress(_button.WaitForPress(-1));
            }
        }

        /// <summary>
        /// Short press: pair when unpaired or when the resource server refused the tokens (the person decides that a
        /// 401 was not a glitch; the old tokens go only when the new pairing succeeds), else retry a failing
        /// refresh. Long press: factory reset.
        /// </summary>
        public LifecyclePhase HandlePress(ButtonPress press)
        {
            if (press == ButtonPress.Long)
            {
                return FactoryReset();
            }

            if (press == ButtonPress.Short)
            {
                if (!IsPaired || _lastStatus == AccessTokenStatus.Refused)
                {
                    // A person pressed: presses are spread by nature, so the first poll keeps the RFC's exact pace.
                    return Pair(0);
                }

                Tokens.RetryNow();
                return Settle(Tokens.Get());
            }

            return Phase;
        }

        /// <summary>
        /// Factory reset: revokes the refresh token where the provider has an endpoint (RFC 7009, best effort: a
        /// failure is logged and the reset goes on), then deletes our blobs (the tokens and the discovered provider
        /// metadata, so a provider that moved its endpoints is found again) and nothing else.
        /// </summary>
        public LifecyclePhase FactoryReset()
        {
            Enter(LifecyclePhase.Resetting, null);
            TokenSet tokens = _store.Current;
            if (tokens != null && tokens.RefreshToken != null && _config.RevocationUrl != null)
            {
                string problem;
                bool revoked = _protocol.Revoke(tokens.RefreshToken, out problem);
                _log.Info("lifecycle: revocation " + (revoked ? "done" : "failed (" + problem + "); forgetting anyway"));
            }

            Tokens.Forget();
            StoredDiscovery.Forget(_storage);
            _lastStatus = AccessTokenStatus.NotPaired;
            _log.Info("lifecycle: factory reset done");
            return Enter(LifecyclePhase.WaitingForPress, "reset");
        }

        private LifecyclePhase Pair(int firstPollJitterPermille)
        {
            Enter(LifecyclePhase.Pairing, null);
            PairingState state = _pairing.Pair(firstPollJitterPermille);
            if (state.Phase != PairingPhase.Authorized)
            {
                // A failed re-pairing (after a refusal) leaves the old tokens in place.
                return Enter(IsPaired ? LifecyclePhase.Ready : LifecyclePhase.WaitingForPress, state.Reason);
            }

            Tokens.Adopt(state.Tokens, state.TokensSentAtMs);
            _lastStatus = AccessTokenStatus.Ok;
            return Enter(LifecyclePhase.Ready, null);
        }

        /// <summary>Ready (maybe with a refresh trouble to show) or back to "press to pair"; tells the screen only of changes.</summary>
        private LifecyclePhase Settle(AccessTokenResult result)
        {
            _lastStatus = result.Status;
            bool paired = result.Status == AccessTokenStatus.Ok || result.Status == AccessTokenStatus.Unavailable
                || result.Status == AccessTokenStatus.Refused || result.Status == AccessTokenStatus.ConfigurationRefused;
            LifecyclePhase phase = paired ? LifecyclePhase.Ready : LifecyclePhase.WaitingForPress;
            if (phase == Phase && result.Reason == _reasonShown && _store.Health == _storageShown)
            {
                return phase;
            }

            return Enter(phase, result.Reason);
        }

        /// <summary>Says the wait out loud (screen and log), whole seconds rounded up, then waits it.</summary>
        private void WaitJitter()
        {
            int maxMs = _settings.BootRefreshJitterMaxMs;
            int jitterMs = maxMs <= 0 ? 0 : _random.Next(maxMs + 1);
            string words = jitterMs == 0 ? null : "refreshing in " + WholeSeconds.RoundedUp(jitterMs) + " s to spread the load";
            Enter(LifecyclePhase.Refreshing, words);
            if (words != null)
            {
                _log.Info("lifecycle: access token due; " + words);
                _waiter.Wait(jitterMs);
            }
        }

        private LifecyclePhase Enter(LifecyclePhase phase, string reason)
        {
            Phase = phase;
            _reasonShown = reason;
            _storageShown = _store.Health;
            _observer.Changed(new LifecycleStatus(phase, reason, _store.Health));
            return phase;
        }
    }
}
