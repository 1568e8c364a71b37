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
        private static readonly PairingEvent StartRequestedEvent = new PairingEvent(PairingEventKind.StartRequested, null, null, 0);
        private static readonly PairingEvent TimePassedEvent = new PairingEvent(PairingEventKind.TimePassed, null, null, 0);

        private PairingEvent(PairingEventKind kind, DeviceAuthorizationAnswer codeAnswer, TokenAnswer pollAnswer, long sentAtMs)
        {
            Kind = kind;
            CodeAnswer = codeAnswer;
            PollAnswer = pollAnswer;
            SentAtMs = sentAtMs;
        }

        public PairingEventKind Kind { get; }

        public DeviceAuthorizationAnswer CodeAnswer { get; }

        public TokenAnswer PollAnswer { get; }

        /// <summary>
        /// Monotonic time the request was sent: the code's lifetime, or the tokens', counts from here, so the round
        /// trip is never granted as extra lifetime.
        /// </summary>
        public long SentAtMs { get; }

        public static PairingEvent StartRequested()
        {
            return StartRequestedEvent;
        }

        public static PairingEvent TimePassed()
        {
            return TimePassedEvent;
        }

        public static PairingEvent CodeAnswered(DeviceAuthorizationAnswer answer, long sentAtMs)
        {
            return new PairingEvent(PairingEventKind.CodeAnswered, answer, null, sentAtMs);
        }

        public static PairingEvent PollAnswered(TokenAnswer answer, long sentAtMs)
        {
            return new PairingEvent(PairingEventKind.PollAnswered, null, answer, sentAtMs);
        }
    }
}
