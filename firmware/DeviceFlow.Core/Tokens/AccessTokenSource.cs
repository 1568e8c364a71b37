using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;

namespace DeviceFlow.Core.Tokens
{
    /// <summary>
    /// Hands application code a valid access token, refreshing it (RFC 6749 §6) ahead of expiry. A rotated refresh
    /// token reaches flash before the new access token is handed out (RFC 9700 §4.14), so a power cut right after a
    /// refresh cannot leave the device holding only a spent refresh token.
    /// </summary>
    public sealed class AccessTokenSource
    {
        private readonly DeviceFlowProtocol _protocol;
        private readonly TokenStore _store;
        private readonly IClock _clock;
        private readonly ILog _log;
        private readonly TokenPolicy _policy;

        private int _failures;
        private long _retryAtMs;
        private string _lastFailure;

        /// <summary>Why the provider refused this client on refresh (an RFC 6749 §5.2 code), or null: no refresh until a press.</summary>
        private string _clientProblem;
        private string _pairingReason;
        private string _refusedAccessToken;
        private string _refreshedFor401;

        public AccessTokenSource(DeviceFlowProtocol protocol, TokenStore store, IClock clock, ILog log, TokenPolicy policy)
        {
            _protocol = protocol;
            _store = store;
            _clock = clock;
            _log = log;
            _policy = policy;
        }

        /// <summary>A usable access token, refreshing first when it is due; or why there is none.</summary>
        public AccessTokenResult Get()
        {
            TokenSet tokens = _store.Current;
            if (tokens == null)
            {
                return _pairingReason == null
                    ? Result(AccessTokenStatus.NotPaired, null, "not paired")
                    : Result(AccessTokenStatus.PairingNeeded, null, _pairingReason);
            }

            TokenFreshness freshness = tokens.AccessToken == _refusedAccessToken
                ? TokenFreshness.Expired
                : tokens.Expiry.Freshness(_clock, _policy.RefreshSkewSecondsFor(tokens.Expiry));
            if (freshness == TokenFreshness.Fresh)
            {
                return Result(AccessTokenStatus.Ok, tokens, null);
            }

            if (tokens.RefreshToken == null)
            {
                if (freshness == TokenFreshness.RefreshDue)
                {
                    return Result(AccessTokenStatus.Ok, tokens, null);
                }

                return Unbind("access token expired");
            }

            if (_clientProblem == null && _clock.MonotonicMilliseconds >= _retryAtMs)
            {
                AccessTokenResult refreshed = Refresh(tokens);
                if (refreshed != null)
                {
                    return refreshed;
                }
            }

            // The refresh failed, waits out its backoff or waits for a fix: a token that still lives is used meanwhile.
            string trouble = _clientProblem == null ? _lastFailure : _clientProblem;
            return freshness == TokenFreshness.RefreshDue ? Result(AccessTokenStatus.Ok, tokens, trouble)
                : _clientProblem == null ? Result(AccessTokenStatus.Unavailable, null, trouble)
                : Result(AccessTokenStatus.ConfigurationRefused, null, trouble);
        }

        /// <summary>
        /// The resource server answered 401 to <paramref name="refusedAccessToken"/> (RFC 6750 §3.1 invalid_token):
        /// refresh once and return the new token for one retry. A token that was refreshed for a 401 and is refused
        /// again is not refreshed a second time (<see cref="AccessTokenStatus.Refused"/>). Without a refresh token
        /// (GitHub OAuth apps issue none) the 401 is reported as Refused and the tokens are kept: one 401 can be a
        /// glitch of the resource server, and only a person's press ends a pairing (DeviceLifecycle.HandlePress).
        /// </summary>
        public AccessTokenResult ReportUnauthorized(string refusedAccessToken)
        {
            TokenSet tokens = _store.Current;
            if (tokens == null || tokens.AccessToken != refusedAccessToken)
            {
                return Get();
            }

            if (tokens.RefreshToken == null)
            {
                _log.Warn("tokens: the resource server refused the access token and there is no refresh token; kept until a press pairs again");
                return Result(AccessTokenStatus.Refused, null, "access token refused");
            }

            if (refusedAccessToken == _refreshedFor401)
            {
                _log.Warn("tokens: the resource server refused a freshly refreshed token; not retrying");
                return Result(AccessTokenStatus.Refused, null, "refused after refresh");
            }

            _log.Info("tokens: resource server said 401; refreshing once");
            _refusedAccessToken = refusedAccessToken;
            AccessTokenResult result = Get();
            if (result.Status == AccessTokenStatus.Ok)
            {
                _refreshedFor401 = result.AccessToken;
            }

            return result;
        }

        /// <summary>Takes tokens from a completed pairing (or any token response) and stores them.</summary>
        public StorageResult Adopt(TokenResponse response, long sentAtMs)
        {
            return Adopt(response, sentAtMs, null);
        }

        /// <summary>
        /// A user's press to retry: the next <see cref="Get"/> may refresh at once, whatever the backoff, and even
        /// after the provider refused the client (the maker may have fixed its setup).
        /// </summary>
        public void RetryNow()
        {
            _retryAtMs = 0;
            _clientProblem = null;
        }

        /// <summary>Forgets the tokens, in flash and in RAM (factory reset, re-pair).</summary>
        public StorageResult Forget()
        {
            Reset();
            return _store.Clear();
        }

        /// <summary>Forgets every refresh failure and the pairing reason: a new binding starts clean.</summary>
        private void Reset()
        {
            _failures = 0;
            _retryAtMs = 0;
            _lastFailure = null;
            _clientProblem = null;
            _pairingReason = null;
            _refusedAccessToken = null;
            _refreshedFor401 = null;
        }

        private StorageResult Adopt(TokenResponse response, long sentAtMs, TokenSet previous)
        {
            // RFC 6749 §6: a new refresh token replaces the old one, which MUST be discarded; without one the
            // old one stays. §5.1: scope is omitted when it equals the granted one.
            string refreshToken = response.RefreshToken != null || previous == null ? response.RefreshToken : previous.RefreshToken;
            string scope = response.Scope != null || previous == null ? response.Scope : previous.Scope;
            TokenExpiry expiry = TokenExpiry.FromLifetime(response.ExpiresInSeconds, sentAtMs, _clock);
            StorageResult stored = _store.Save(new TokenSet(response.AccessToken, refreshToken, response.TokenType, scope, expiry));
            if (previous == null)
            {
                Reset();
            }

            return stored;
        }

        /// <summary>The fresh token, a PairingNeeded result, or null when the refresh failed for now.</summary>
        private AccessTokenResult Refresh(TokenSet tokens)
        {
            _log.Info("tokens: refreshing");
            long sentAtMs = _clock.MonotonicMilliseconds;
            TokenAnswer answer = _protocol.Refresh(tokens.RefreshToken);
            if (answer.Kind == TokenAnswerKind.Tokens)
            {
                bool rotated = answer.Tokens.RefreshToken != null && answer.Tokens.RefreshToken != tokens.RefreshToken;
                Adopt(answer.Tokens, sentAtMs, tokens);
                _failures = 0;
                _retryAtMs = 0;
                _lastFailure = null;
                _refusedAccessToken = null;
                _log.Info("tokens: refreshed, valid " + answer.Tokens.ExpiresInSeconds + " s, refresh token " + (rotated ? "rotated" : "kept"));
                return Result(AccessTokenStatus.Ok, _store.Current, null);
            }

            if (answer.Error != null && answer.Error.Code == OAuthError.InvalidGrant)
            {
                // RFC 6749 §5.2: the refresh token is invalid, expired or revoked; only a new pairing helps.
                return Unbind("sign-in expired");
            }

            if ((answer.Error != null && OAuthError.IsClientProblem(answer.Error.Code)) || answer.Kind == TokenAnswerKind.UnsupportedTokenType)
            {
                // RFC 6749 §5.2: the client, its grant type or its scope is refused, or §7.1: the tokens are of a type
                // the device cannot send. The same request will be refused again, so none goes out until a press (or
                // the next boot). The refresh token is kept: it is no less safe in flash than before, and a fixed
                // client_secret or provider setting lets it work again without a new pairing.
                _clientProblem = answer.Reason;
                _log.Warn("tokens: refresh refused (" + _clientProblem + "); tokens kept, no retry until a press");
                return null;
            }

            _failures++;
            long delayMs = Backoff.DelayMs(_policy.RetryBaseSeconds * 1000L, _failures, _policy.RetryMaxSeconds * 1000L, answer.RetryAfterSeconds);
            _retryAtMs = _clock.MonotonicMilliseconds + delayMs;
            _lastFailure = "refresh failed: " + answer.Reason;
            _log.Warn("tokens: " + _lastFailure + "; retry in " + (delayMs / 1000) + " s");
            return null;
        }

        /// <summary>The tokens are dead for good: forget them, so the device goes back to pairing on a press.</summary>
        private AccessTokenResult Unbind(string reason)
        {
            _log.Warn("tokens: " + reason + "; pairing needed");
            Forget();
            _pairingReason = reason;
            return Result(AccessTokenStatus.PairingNeeded, null, reason);
        }

        private AccessTokenResult Result(AccessTokenStatus status, TokenSet tokens, string reason)
        {
            return new AccessTokenResult(status, tokens == null ? null : tokens.AccessToken, reason, _retryAtMs);
        }
    }
}
