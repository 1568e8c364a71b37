using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;

namespace DeviceFlow.Core.Pairing
{
    /// <summary>
    /// Performs a pairing through the ports: sends what the machine asks for, sleeps until the next poll may go
    /// out, and feeds every answer back into <see cref="PairingMachine.Step"/>.
    /// </summary>
    public sealed class PairingRunner
    {
        private readonly DeviceFlowProtocol _protocol;
        private readonly IClock _clock;
        private readonly IWaiter _waiter;
        private readonly ILog _log;
        private readonly IPairingObserver _observer;

        public PairingRunner(DeviceFlowProtocol protocol, IClock clock, IWaiter waiter, ILog log, IPairingObserver observer)
        {
            _protocol = protocol;
            _clock = clock;
            _waiter = waiter;
            _log = log;
            _observer = observer;
        }

        /// <summary>One attempt, from the device authorization request to a terminal state.</summary>
        public PairingState Pair()
        {
            return Pair(0);
        }

        /// <summary>
        /// One attempt whose first poll waits <paramref name="firstPollJitterPermille"/>/1000 of an interval more:
        /// for pairings no person started (a fleet's first boot), which would otherwise poll in lockstep.
        /// </summary>
        public PairingState Pair(int firstPollJitterPermille)
        {
            PairingState state = Step(PairingState.Idle, PairingEvent.StartRequested());
            _observer.Changed(state, _clock.MonotonicMilliseconds);
            _log.Info("pairing: requesting a device code");

            long sentAtMs = _clock.MonotonicMilliseconds;
            DeviceAuthorizationAnswer codeAnswer = _protocol.RequestDeviceAuthorization();
            state = Step(state, PairingEvent.CodeAnswered(codeAnswer, sentAtMs, firstPollJitterPermille));

            // Only this method holds the device_code: the states the observer sees carry none (PairingMachine).
            string deviceCode = state.Phase == PairingPhase.ShowingCode ? codeAnswer.Authorization.DeviceCode : null;
            if (state.Phase == PairingPhase.ShowingCode)
            {
                _log.Info("pairing: code issued, valid " + codeAnswer.Authorization.ExpiresInSeconds + " s, interval " + codeAnswer.Authorization.IntervalSeconds + " s");
            }

            int polls = 0;
            while (state.Phase == PairingPhase.ShowingCode)
            {
                _observer.Changed(state, _clock.MonotonicMilliseconds);
                WaitUntil(state.WakeAtMs);
                state = Step(state, PairingEvent.TimePassed());
                if (state.Phase != PairingPhase.ShowingCode || _clock.MonotonicMilliseconds < state.NextPollAtMs)
                {
                    continue;
                }

                sentAtMs = _clock.MonotonicMilliseconds;
                TokenAnswer answer = _protocol.PollToken(deviceCode, state.UserCode);
                polls++;
                state = Step(state, PairingEvent.PollAnswered(answer, sentAtMs));
                LogPoll(polls, answer, state);
            }

            _log.Info("pairing: " + Describe(state.Phase) + (state.Reason == null ? string.Empty : " (" + state.Reason + ")") + " after " + polls + " polls");
            _observer.Changed(state.WithoutTokens(), _clock.MonotonicMilliseconds);
            return state;
        }

        private PairingState Step(PairingState state, PairingEvent evt)
        {
            return PairingMachine.Step(state, evt, _clock.MonotonicMilliseconds);
        }

        private void WaitUntil(long wakeAtMs)
        {
            long waitMs = wakeAtMs - _clock.MonotonicMilliseconds;
            if (waitMs > 0)
            {
                _waiter.Wait(waitMs > int.MaxValue ? int.MaxValue : (int)waitMs);
            }
        }

        private void LogPoll(int polls, TokenAnswer answer, PairingState state)
        {
            if (state.Phase != PairingPhase.ShowingCode)
            {
                return;
            }

            // Rounded up: a wait of 4.9 s is not "next poll in 4 s", and one still under way is never "in 0 s".
            string what = answer.Reason == null ? "pending" : answer.Reason;
            long waitMs = state.NextPollAtMs - _clock.MonotonicMilliseconds;
            _log.Info("pairing: poll " + polls + ": " + what + ", next poll in " + WholeSeconds.RoundedUp(waitMs) + " s (interval " + (state.IntervalMs / 1000) + " s)");
        }

        private static string Describe(PairingPhase phase)
        {
            switch (phase)
            {
                case PairingPhase.Authorized:
                    return "authorized";
                case PairingPhase.Denied:
                    return "denied";
                case PairingPhase.Expired:
                    return "expired";
                default:
                    return "failed";
            }
        }
    }
}
