using DeviceFlow.Core.Protocol;

namespace DeviceFlow.Core.Pairing
{
    public enum PairingEventKind
    {
        /// <summary>The user pressed the button.</summary>
        StartRequested,

        /// <summary>The device authorization endpoint answered (or failed to).</summary>
        CodeAnswered,

        /// <summary>The token endpoint answered a poll (or failed to).</summary>
        PollAnswered,

        /// <summary>Only time moved on; used to notice the local deadline.</summary>
        TimePassed,
    }

    /// <summary>Something that happened to a pairing. Immutable.</summary>
    public sealed class PairingEvent
    {
        private static readonly PairingEvent StartRequestedEvent = new PairingEvent(PairingEventKind.StartRequested, null, null, 0, 0);
        private static readonly PairingEvent TimePassedEvent = new PairingEvent(PairingEventKind.TimePassed, null, null, 0, 0);

        private PairingEvent(PairingEventKind kind, DeviceAuthorizationAnswer codeAnswer, TokenAnswer pollAnswer, long sentAtMs, int firstPollJitterPermille)
        {
            Kind = kind;
            CodeAnswer = codeAnswer;
            PollAnswer = pollAnswer;
            SentAtMs = sentAtMs;
            FirstPollJitterPermille = firstPollJitterPermille < 0 ? 0 : firstPollJitterPermille > 999 ? 999 : firstPollJitterPermille;
        }

        public PairingEventKind Kind { get; }

        public DeviceAuthorizationAnswer CodeAnswer { get; }

        public TokenAnswer PollAnswer { get; }

        /// <summary>
        /// Monotonic time the request was sent: the code's lifetime, or the tokens', counts from here, so the round
        /// trip is never granted as extra lifetime.
        /// </summary>
        public long SentAtMs { get; }

        /// <summary>Spreads the first poll of a fleet paired at once (CodeAnswered only).</summary>
        public int FirstPollJitterPermille { get; }

        public static PairingEvent StartRequested()
        {
            return StartRequestedEvent;
        }

        public static PairingEvent TimePassed()
        {
            return TimePassedEvent;
        }

        /// <param name="firstPollJitterPermille">0–999: how much of one more interval the first poll waits.</param>
        public static PairingEvent CodeAnswered(DeviceAuthorizationAnswer answer, long sentAtMs, int firstPollJitterPermille = 0)
        {
            return new PairingEvent(PairingEventKind.CodeAnswered, answer, null, sentAtMs, firstPollJitterPermille);
        }

        public static PairingEvent PollAnswered(TokenAnswer answer, long sentAtMs)
        {
            return new PairingEvent(PairingEventKind.PollAnswered, null, answer, sentAtMs, 0);
        }
    }
}
