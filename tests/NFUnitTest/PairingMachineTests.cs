using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Protocol;
using nanoFramework.TestFramework;

namespace NFUnitTest
{
    /// <summary>RFC 8628 §3.5 pacing rules of the pairing machine, run by the board's own runtime.</summary>
    [TestClass]
    public class PairingMachineTests
    {
        private const long AnsweredAtMs = 1000;

        private static PairingState ShowingCode(int intervalSeconds, int expiresInSeconds)
        {
            DeviceAuthorization authorization = new DeviceAuthorization("dc", "ABCD-EFGH", "https://id.example/d", null, expiresInSeconds, intervalSeconds);
            PairingState requesting = PairingMachine.Step(PairingState.Idle, PairingEvent.StartRequested(), 0);
            DeviceAuthorizationAnswer answer = new DeviceAuthorizationAnswer(authorization, null, null);
            return PairingMachine.Step(requesting, PairingEvent.CodeAnswered(answer, 0), AnsweredAtMs);
        }

        private static TokenAnswer Answer(TokenAnswerKind kind, int serverIntervalSeconds)
        {
            return new TokenAnswer(kind, null, null, null, serverIntervalSeconds, -1);
        }

        [TestMethod]
        public static void The_first_poll_waits_one_interval()
        {
            PairingState state = ShowingCode(5, 600);

            Assert.IsTrue(state.Phase == PairingPhase.ShowingCode);
            Assert.AreEqual(AnsweredAtMs + 5000, state.NextPollAtMs);
        }

        [TestMethod]
        public static void Slow_down_adds_five_seconds_for_good()
        {
            PairingState state = ShowingCode(5, 600);
            state = PairingMachine.Step(state, PairingEvent.PollAnswered(Answer(TokenAnswerKind.SlowDown, 0), 0), 7000);

            Assert.AreEqual(10000L, state.IntervalMs);
            Assert.AreEqual(17000L, state.NextPollAtMs);

            state = PairingMachine.Step(state, PairingEvent.PollAnswered(Answer(TokenAnswerKind.Pending, 0), 0), 18000);
            Assert.AreEqual(10000L, state.IntervalMs);
        }

        [TestMethod]
        public static void The_code_expires_at_its_deadline()
        {
            PairingState state = ShowingCode(5, 10);
            state = PairingMachine.Step(state, PairingEvent.PollAnswered(Answer(TokenAnswerKind.Pending, 0), 0), AnsweredAtMs + 10000);

            Assert.IsTrue(state.Phase == PairingPhase.Expired);
        }

        [TestMethod]
        public static void Denial_ends_the_pairing()
        {
            PairingState state = ShowingCode(5, 600);
            state = PairingMachine.Step(state, PairingEvent.PollAnswered(Answer(TokenAnswerKind.Denied, 0), 0), 7000);

            Assert.IsTrue(state.Phase == PairingPhase.Denied);
            Assert.IsTrue(state.IsTerminal);
        }
    }
}
