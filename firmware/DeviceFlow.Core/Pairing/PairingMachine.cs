using DeviceFlow.Core.Protocol;

namespace DeviceFlow.Core.Pairing
{
    /// <summary>
    /// The polling rules of RFC 8628 §3.5 as a pure function of (state, event, now). It performs nothing:
    /// the runner sends the requests and feeds the answers back in.
    /// </summary>
    public static class PairingMachine
    {
        /// <summary>§3.5: slow_down raises the interval "by 5 seconds for this and all subsequent requests".</summary>
        public const long SlowDownStepMs = 5000;

        /// <summary>Ceiling of the exponential backoff after transport failures (unless two intervals are longer).</summary>
        public const long MaxBackoffMs = 60000;

        public static PairingState Step(PairingState state, PairingEvent evt, long nowMs)
        {
            switch (evt.Kind)
            {
                case PairingEventKind.StartRequested:
                    return OnStartRequested(state);
                case PairingEventKind.CodeAnswered:
                    return state.Phase == PairingPhase.RequestingCode ? OnCodeAnswered(evt, nowMs) : state;
                case PairingEventKind.PollAnswered:
                    return state.Phase == PairingPhase.ShowingCode ? OnPollAnswered(state, evt, nowMs) : state;
                default:
                    return ExpireIfLate(state, nowMs);
            }
        }

        /// <summary>
        /// A request starts only when the user asks, from idle or after any ending: §3.5 asks clients to "wait for
        /// user interaction before restarting", and a device that never starts by itself cannot spray device codes.
        /// </summary>
        private static PairingState OnStartRequested(PairingState state)
        {
            if (state.Phase != PairingPhase.Idle && !state.IsTerminal)
            {
                return state;
            }

            return new PairingState(PairingPhase.RequestingCode, null, 0, 0, 0, 0, PairingTrouble.None, null, null);
        }

        /// <summary>
        /// §3.2/§3.5: show the code; the first poll waits one interval, plus the event's jitter (a fraction of one
        /// more interval) so a fleet that pairs at the same moment does not poll in lockstep; the local deadline
        /// counts the code's lifetime from when the request was sent, so the round trip is not granted twice.
        /// </summary>
        private static PairingState OnCodeAnswered(PairingEvent evt, long nowMs)
        {
            // The state keeps what the screen may show; the device_code stays with the runner (RFC 8628 §3.3: the
            // user sees the user code and URI, never the device code), so no observer of a state can reach it.
            DeviceAuthorization received = evt.CodeAnswer.Authorization;
            if (received == null)
            {
                return Ended(PairingPhase.Failed, null, evt.CodeAnswer.Reason, evt.CodeAnswer.Error);
            }

            DeviceAuthorization authorization = received.WithoutDeviceCode();

            long intervalMs = authorization.IntervalSeconds * 1000L;
            long jitterMs = intervalMs * evt.FirstPollJitterPermille / 1000;
            long deadlineMs = evt.SentAtMs + (authorization.ExpiresInSeconds * 1000L);
            return new PairingState(PairingPhase.ShowingCode, authorization, intervalMs, nowMs + intervalMs + jitterMs, deadlineMs, 0, PairingTrouble.None, null, null);
        }

        /// <summary>§3.5: what each token-endpoint answer means. Tokens and terminal errors stop polling at once.</summary>
        private static PairingState OnPollAnswered(PairingState state, PairingEvent evt, long nowMs)
        {
            TokenAnswer answer = evt.PollAnswer;
            switch (answer.Kind)
            {
                case TokenAnswerKind.Tokens:
                    return new PairingState(PairingPhase.Authorized, state.Authorization, state.IntervalMs, 0, state.DeadlineMs, 0, PairingTrouble.None, null, answer.Tokens, evt.SentAtMs);
                case TokenAnswerKind.Denied:
                    return Ended(PairingPhase.Denied, state, answer.Reason, answer.Error);
                case TokenAnswerKind.Expired:
                    return Ended(PairingPhase.Expired, state, answer.Reason, answer.Error);
                case TokenAnswerKind.Rejected:
                case TokenAnswerKind.Unusable:
                case TokenAnswerKind.UnsupportedTokenType:
                    return Ended(PairingPhase.Failed, state, answer.Reason, answer.Error);
                case TokenAnswerKind.Pending:
                    return ExpireIfLate(Waiting(state, state.IntervalMs, nowMs + state.IntervalMs, 0, PairingTrouble.None, null), nowMs);
                case TokenAnswerKind.SlowDown:
                    return ExpireIfLate(SlowedDown(state, answer, nowMs), nowMs);
                default:
                    return ExpireIfLate(BackedOff(state, answer, nowMs), nowMs);
            }
        }

        /// <summary>
        /// slow_down: +5 s for this and every later poll, or the server's new interval when larger (GitHub sends one).
        /// HTTP 429 counts as slow_down and its Retry-After, when known, can stretch this one wait further.
        /// </summary>
        private static PairingState SlowedDown(PairingState state, TokenAnswer answer, long nowMs)
        {
            long intervalMs = state.IntervalMs + SlowDownStepMs;
            long serverIntervalMs = answer.ServerIntervalSeconds * 1000L;
            if (serverIntervalMs > intervalMs)
            {
                intervalMs = serverIntervalMs;
            }

            long waitMs = intervalMs;
            long retryAfterMs = answer.RetryAfterSeconds * 1000L;
            if (retryAfterMs > waitMs)
            {
                waitMs = retryAfterMs;
            }

            return Waiting(state, intervalMs, nowMs + waitMs, 0, PairingTrouble.SlowedDown, answer.Reason);
        }

        /// <summary>
        /// §3.5: after a connection timeout the client MUST reduce its polling frequency: each failure doubles the
        /// wait, starting at twice the interval the server asked for, capped at <see cref="MaxBackoffMs"/> or two
        /// intervals, whichever is longer, so even a long interval is stretched. 5xx answers count the same, and
        /// their Retry-After can only stretch the wait further.
        /// </summary>
        private static PairingState BackedOff(PairingState state, TokenAnswer answer, long nowMs)
        {
            int streak = state.FailureStreak + 1;
            long firstMs = state.IntervalMs * 2;
            long waitMs = Backoff.DelayMs(firstMs, streak, firstMs > MaxBackoffMs ? firstMs : MaxBackoffMs, answer.RetryAfterSeconds);
            return Waiting(state, state.IntervalMs, nowMs + waitMs, streak, PairingTrouble.Network, answer.Reason);
        }

        /// <summary>The code's lifetime is over locally, even if the server still says pending.</summary>
        private static PairingState ExpireIfLate(PairingState state, long nowMs)
        {
            if (state.Phase == PairingPhase.ShowingCode && nowMs >= state.DeadlineMs)
            {
                return Ended(PairingPhase.Expired, state, "code expired", null);
            }

            return state;
        }

        private static PairingState Waiting(PairingState state, long intervalMs, long nextPollAtMs, int streak, PairingTrouble trouble, string reason)
        {
            return new PairingState(PairingPhase.ShowingCode, state.Authorization, intervalMs, nextPollAtMs, state.DeadlineMs, streak, trouble, reason, null);
        }

        private static PairingState Ended(PairingPhase phase, PairingState state, string reason, OAuthError error)
        {
            return state == null
                ? new PairingState(phase, null, 0, 0, 0, 0, PairingTrouble.None, reason, null, 0, error)
                : new PairingState(phase, state.Authorization, state.IntervalMs, 0, state.DeadlineMs, 0, PairingTrouble.None, reason, null, 0, error);
        }
    }
}
