using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using nanoFramework.TestFramework;

namespace NFUnitTest
{
    /// <summary>
    /// A whole pairing as the board runs it (PairingRunner + PairingMachine + DeviceFlowProtocol and the core's JSON
    /// reader) over a scripted server in virtual time: code, authorization_pending, slow_down, tokens.
    /// </summary>
    [TestClass]
    public class PairingOverTransportTests
    {
        private const int IntervalSeconds = 5;

        private static ClientConfig Client()
        {
            ClientConfig config = new ClientConfig();
            config.ClientId = "nf-test";
            config.Scope = "openid offline_access";
            config.DeviceAuthorizationUrl = "https://id.example/device";
            config.TokenUrl = "https://id.example/token";
            return config;
        }

        private static ScriptedTransport Server(VirtualClock clock)
        {
            return new ScriptedTransport(
                new HttpResult[]
                {
                    ScriptedTransport.Json(200, "{\"device_code\":\"dc-1\",\"user_code\":\"WDJB-MJHT\",\"verification_uri\":\"https://id.example/device\",\"expires_in\":600,\"interval\":" + IntervalSeconds + "}"),
                    ScriptedTransport.Json(400, "{\"error\":\"authorization_pending\"}"),
                    ScriptedTransport.Json(400, "{\"error\":\"slow_down\"}"),
                    ScriptedTransport.Json(200, "{\"access_token\":\"at-1\",\"token_type\":\"Bearer\",\"refresh_token\":\"rt-1\",\"expires_in\":3600}"),
                },
                clock);
        }

        private static PairingState Pair(VirtualClock clock, ScriptedTransport server, PhaseLog phases)
        {
            DeviceFlowProtocol protocol = new DeviceFlowProtocol(Client(), server);
            return new PairingRunner(protocol, clock, clock, new QuietLog(), phases).Pair();
        }

        [TestMethod]
        public static void A_pairing_ends_with_the_tokens()
        {
            VirtualClock clock = new VirtualClock();
            ScriptedTransport server = Server(clock);
            PhaseLog phases = new PhaseLog();

            PairingState state = Pair(clock, server, phases);

            Assert.IsTrue(state.Phase == PairingPhase.Authorized);
            Assert.AreEqual("at-1", state.Tokens.AccessToken);
            Assert.AreEqual("rt-1", state.Tokens.RefreshToken);
            Assert.AreEqual(4, server.Count);
            Assert.IsTrue(phases.SawShowingCode);
            Assert.IsTrue(phases.Last == PairingPhase.Authorized);
        }

        [TestMethod]
        public static void Polls_keep_the_interval_and_slow_down_adds_five_seconds()
        {
            VirtualClock clock = new VirtualClock();
            ScriptedTransport server = Server(clock);

            Pair(clock, server, new PhaseLog());

            // RFC 8628 §3.5: wait the interval before each poll; slow_down adds 5 seconds to it for good.
            Assert.AreEqual(0L, server.SentAtMs(0));
            Assert.AreEqual(5000L, server.SentAtMs(1));
            Assert.AreEqual(10000L, server.SentAtMs(2));
            Assert.AreEqual(20000L, server.SentAtMs(3));
        }

        [TestMethod]
        public static void Each_poll_sends_the_device_code_grant()
        {
            VirtualClock clock = new VirtualClock();
            ScriptedTransport server = Server(clock);

            Pair(clock, server, new PhaseLog());

            Assert.AreEqual("https://id.example/device", server.Request(0).Url);
            for (int i = 1; i < server.Count; i++)
            {
                Assert.AreEqual("https://id.example/token", server.Request(i).Url);
                Assert.IsTrue(server.Request(i).Body.IndexOf("device_code=dc-1") >= 0, server.Request(i).Body);
                Assert.IsTrue(server.Request(i).Body.IndexOf("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code") >= 0, server.Request(i).Body);
            }
        }
    }
}
