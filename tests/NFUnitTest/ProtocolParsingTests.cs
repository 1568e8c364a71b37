using DeviceFlow.Core.Protocol;
using nanoFramework.TestFramework;

namespace NFUnitTest
{
    /// <summary>
    /// RFC 8628 answers read by the core's JSON reader on the device runtime (the same code the host tests run;
    /// the reader's own traps are in JsonReaderTests).
    /// </summary>
    [TestClass]
    public class ProtocolParsingTests
    {
        private static DeviceFlowProtocol Protocol(CannedTransport transport)
        {
            ClientConfig config = new ClientConfig();
            config.ClientId = "nf-test";
            config.Scope = "openid";
            config.DeviceAuthorizationUrl = "https://id.example/device";
            config.TokenUrl = "https://id.example/token";
            return new DeviceFlowProtocol(config, transport);
        }

        [TestMethod]
        public static void Device_authorization_fields_are_read()
        {
            CannedTransport transport = CannedTransport.Json(200, "{\"device_code\":\"dc-1\",\"user_code\":\"WDJB-MJHT\",\"verification_uri\":\"https://id.example/device\",\"verification_uri_complete\":\"https://id.example/device?user_code=WDJB-MJHT\",\"expires_in\":1800,\"interval\":5}");
            DeviceAuthorizationAnswer answer = Protocol(transport).RequestDeviceAuthorization();

            Assert.IsNotNull(answer.Authorization);
            Assert.AreEqual("dc-1", answer.Authorization.DeviceCode);
            Assert.AreEqual("WDJB-MJHT", answer.Authorization.UserCode);
            Assert.AreEqual("https://id.example/device", answer.Authorization.VerificationUri);
            Assert.AreEqual(1800, answer.Authorization.ExpiresInSeconds);
            Assert.AreEqual(5, answer.Authorization.IntervalSeconds);
            Assert.AreEqual("https://id.example/device", transport.LastRequest.Url);
        }

        [TestMethod]
        public static void Numbers_sent_as_strings_are_accepted()
        {
            CannedTransport transport = CannedTransport.Json(200, "{\"device_code\":\"dc\",\"user_code\":\"AB\",\"verification_url\":\"https://id.example/d\",\"expires_in\":\"900\",\"interval\":\"7\"}");
            DeviceAuthorizationAnswer answer = Protocol(transport).RequestDeviceAuthorization();

            Assert.IsNotNull(answer.Authorization);
            Assert.AreEqual(900, answer.Authorization.ExpiresInSeconds);
            Assert.AreEqual(7, answer.Authorization.IntervalSeconds);
        }

        [TestMethod]
        public static void Pending_and_slow_down_are_told_apart()
        {
            TokenAnswer pending = Protocol(CannedTransport.Json(400, "{\"error\":\"authorization_pending\"}")).PollToken("dc");
            TokenAnswer slowDown = Protocol(CannedTransport.Json(400, "{\"error\":\"slow_down\",\"interval\":10}")).PollToken("dc");

            Assert.IsTrue(pending.Kind == TokenAnswerKind.Pending);
            Assert.IsTrue(slowDown.Kind == TokenAnswerKind.SlowDown);
        }

        [TestMethod]
        public static void Tokens_are_read_with_a_large_expiry()
        {
            TokenAnswer answer = Protocol(CannedTransport.Json(200, "{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"refresh_token\":\"rt\",\"expires_in\":3600}")).PollToken("dc");

            Assert.IsTrue(answer.Kind == TokenAnswerKind.Tokens);
            Assert.AreEqual("at", answer.Tokens.AccessToken);
            Assert.AreEqual("rt", answer.Tokens.RefreshToken);
            Assert.AreEqual(3600, answer.Tokens.ExpiresInSeconds);
        }

        [TestMethod]
        public static void Malformed_json_is_no_answer_and_no_crash()
        {
            DeviceAuthorizationAnswer answer = Protocol(CannedTransport.Json(200, "{\"device_code\":")).RequestDeviceAuthorization();

            Assert.IsNull(answer.Authorization);
            Assert.IsNotNull(answer.Reason);
        }
    }
}
