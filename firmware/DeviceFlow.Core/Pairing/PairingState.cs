using DeviceFlow.Core.Protocol;

namespace DeviceFlow.Core.Pairing
{
    /// <summary>
    /// An immutable snapshot of a pairing: what the screen shows and when the next poll may go out.
    /// It exposes the user code and URIs but never holds the device_code (RFC 8628 §3.3): the runner keeps that.
    /// </summary>
    public sealed class PairingState
    {
        public static readonly PairingState Idle = new PairingState(PairingPhase.Idle, null, 0, 0, 0, 0, PairingTrouble.None, null, null);

        internal PairingState(PairingPhase phase, DeviceAuthorization authorization, long intervalMs, long nextPollAtMs, long deadlineMs, int failureStreak, PairingTrouble trouble, string reason, TokenResponse tokens, long tokensSentAtMs = 0, OAuthError error = null)
        {
            Error = error;
            Phase = phase;
            Authorization = authorization;
            IntervalMs = intervalMs;
            NextPollAtMs = nextPollAtMs;
            DeadlineMs = deadlineMs;
            FailureStreak = failureStreak;
            Trouble = trouble;
            Reason = reason;
            Tokens = tokens;
            TokensSentAtMs = tokensSentAtMs;
        }

        public PairingPhase Phase { get; }

        /// <summary>The current polling interval; it only ever grows (RFC 8628 §3.5 slow_down).</summary>
        public long IntervalMs { get; }

        /// <summary>Monotonic time before which no poll may be sent.</summary>
        public long NextPollAtMs { get; }

        /// <summary>Monotonic time the device code lapses (request sent + expires_in).</summary>
        public long DeadlineMs { get; }

        /// <summary>Consecutive polls that got no answer; drives the exponential backoff.</summary>
        public int FailureStreak { get; }

        public PairingTrouble Trouble { get; }

        /// <summary>A short, secret-free reason for Denied, Expired and Failed, or the last trouble.</summary>
        public string Reason { get; }

        /// <summary>
        /// The provider's error when a pairing ended on one (code and error_description, which for Entra names the
        /// AADSTS number a hint needs); null when it ended for another reason. Secret-free: the server's words.
        /// </summary>
        public OAuthError Error { get; }

        /// <summary>The tokens, once Authorized.</summary>
        public TokenResponse Tokens { get; }

        /// <summary>When the poll that won the tokens was sent: their expires_in counts from here (RFC 6749 §5.1).</summary>
        public long TokensSentAtMs { get; }

        public string UserCode
        {
            get { return Authorization == null ? null : Authorization.UserCode; }
        }

        public string VerificationUri
        {
            get { return Authorization == null ? null : Authorization.VerificationUri; }
        }

        public string VerificationUriComplete
        {
            get { return Authorization == null ? null : Authorization.VerificationUriComplete; }
        }

        /// <summary>The code's whole lifetime (expires_in), so a screen can show the time left as a share; 0 without a code.</summary>
        public int ExpiresInSeconds
        {
            get { return Authorization == null ? 0 : Authorization.ExpiresInSeconds; }
        }

        public bool IsTerminal
        {
            get { return Phase == PairingPhase.Authorized || Phase == PairingPhase.Denied || Phase == PairingPhase.Expired || Phase == PairingPhase.Failed; }
        }

        /// <summary>When the runner should next wake: the next poll, or the deadline if that comes first.</summary>
        public long WakeAtMs
        {
            get { return NextPollAtMs < DeadlineMs ? NextPollAtMs : DeadlineMs; }
        }

        internal DeviceAuthorization Authorization { get; }

        /// <summary>This state for an observer (the screen): the tokens stay with the caller of the runner.</summary>
        public PairingState WithoutTokens()
        {
            return Tokens == null ? this : new PairingState(Phase, Authorization, IntervalMs, NextPollAtMs, DeadlineMs, FailureStreak, Trouble, Reason, null, TokensSentAtMs);
        }

        /// <summary>Whole seconds until the code lapses, for the countdown; 0 when not showing a code.</summary>
        public int SecondsLeft(long nowMs)
        {
            if (Phase != PairingPhase.ShowingCode || nowMs >= DeadlineMs)
            {
                return 0;
            }

            return WholeSeconds.RoundedUp(DeadlineMs - nowMs);
        }
    }
}
