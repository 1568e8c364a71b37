using System;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Testing;

namespace DeviceFlow.Core.Tests;

/// <summary>Malformed answers give a clear reason, never an exception, and never a half-read code.</summary>
public class BadInputTests
{
    public static TheoryData<string, HttpResult, string> BadDeviceAuthorizations() => new()
    {
        { "truncated JSON", Json(200, "{\"device_code\":\"abc\",\"user_co"), "HTTP 200, JSON: unterminated string at 21" },
        { "empty body", Json(200, string.Empty), "HTTP 200, empty body" },
        { "HTML error page with 200", HttpResult.Completed(200, "text/html", "<!DOCTYPE html><html><body>Captive portal</body></html>", -1), "HTTP 200, body is neither JSON nor a form" },
        { "JSON array", Json(200, "[1,2,3]"), "HTTP 200, body is neither JSON nor a form" },
        { "device_code is a number-less object", Json(200, "{\"device_code\":{\"a\":1},\"user_code\":\"U\",\"verification_uri\":\"https://x\",\"expires_in\":900}"), "no device_code" },
        { "user_code missing", Json(200, "{\"device_code\":\"d\",\"verification_uri\":\"https://x\",\"expires_in\":900}"), "no user_code" },
        { "no verification uri", Json(200, "{\"device_code\":\"d\",\"user_code\":\"U\",\"expires_in\":900}"), "no verification_uri" },
        { "expires_in is text", Json(200, "{\"device_code\":\"d\",\"user_code\":\"U\",\"verification_uri\":\"https://x\",\"expires_in\":\"soon\"}"), "expires_in is not a positive number" },
        { "expires_in: 0", Json(200, "{\"device_code\":\"d\",\"user_code\":\"U\",\"verification_uri\":\"https://x\",\"expires_in\":0}"), "expires_in is not a positive number" },
        { "expires_in missing", Json(200, "{\"device_code\":\"d\",\"user_code\":\"U\",\"verification_uri\":\"https://x\"}"), "no expires_in" },
        { "interval: -3", Json(200, "{\"device_code\":\"d\",\"user_code\":\"U\",\"verification_uri\":\"https://x\",\"expires_in\":900,\"interval\":-3}"), "interval is not a valid number of seconds" },
        { "interval: 2.5", Json(200, "{\"device_code\":\"d\",\"user_code\":\"U\",\"verification_uri\":\"https://x\",\"expires_in\":900,\"interval\":2.5}"), "interval is not a valid number of seconds" },
        { "interval: true", Json(200, "{\"device_code\":\"d\",\"user_code\":\"U\",\"verification_uri\":\"https://x\",\"expires_in\":900,\"interval\":true}"), "interval is not a valid number of seconds" },
        { "1 MB body refused by the transport", HttpResult.Failure(TransportOutcome.BodyTooLarge, null), "response larger than 8192 bytes" },
        { "1 MB body handed over anyway", Json(200, "{\"pad\":\"" + new string('x', 1024 * 1024) + "\"}"), "response larger than 8192 bytes" },
        { "404 without OAuth error", Json(404, "{\"message\":\"Not Found\"}"), "HTTP 404 without an OAuth error" },
        { "deeply nested JSON", Json(200, new string('[', 3000) + new string(']', 3000)), "HTTP 200, body is neither JSON nor a form" },
    };

    [Theory]
    [MemberData(nameof(BadDeviceAuthorizations))]
    public void Bad_device_authorization_answers_give_a_clear_reason(string name, HttpResult result, string reason)
    {
        var transport = new ScriptedTransport().Then(result);
        DeviceAuthorizationAnswer answer = TestClients.Protocol(transport).RequestDeviceAuthorization();
        Assert.Null(answer.Authorization);
        Assert.True(reason == answer.Reason, name + ": got " + answer.Reason);
    }

    [Fact]
    public void Object_nested_beyond_the_parser_depth_is_refused()
    {
        string nested = "{\"a\":" + string.Concat(System.Linq.Enumerable.Repeat("{\"a\":", 40)) + "1" + new string('}', 41);
        var transport = new ScriptedTransport().ThenJson(200, nested);
        Assert.Equal("HTTP 200, JSON: nesting deeper than 16 at 80", TestClients.Protocol(transport).RequestDeviceAuthorization().Reason);
    }

    [Theory]
    [InlineData("{\"access_token\":12,\"token_type\":\"Bearer\"}", "no access_token")]
    [InlineData("{\"token_type\":\"Bearer\"}", "no access_token")]
    [InlineData("{\"access_token\":\"a\",\"expires_in\":-1}", "expires_in is not a valid number of seconds")]
    [InlineData("{\"access_token\":\"a\",\"expires_in\":\"1e3x\"}", "expires_in is not a valid number of seconds")]
    [InlineData("{\"access_token\":\"a\",\"expires_in\":99999999999}", "expires_in is not a valid number of seconds")]
    public void Bad_token_answers_are_unusable_with_a_reason(string body, string reason)
    {
        var transport = new ScriptedTransport().ThenJson(200, body);
        TokenAnswer answer = TestClients.Protocol(transport).PollToken("d");
        Assert.Equal(TokenAnswerKind.Unusable, answer.Kind);
        Assert.Equal(reason, answer.Reason);
        Assert.Null(answer.Tokens);
    }

    [Theory]
    [InlineData(TransportOutcome.Timeout, "timeout (after 30 s)")]
    [InlineData(TransportOutcome.ConnectionFailed, "cannot connect (after 30 s)")]
    [InlineData(TransportOutcome.Failed, "connection failed (after 30 s)")]
    public void Transport_failures_are_transient(TransportOutcome outcome, string reason)
    {
        var transport = new ScriptedTransport().Then(HttpResult.Failure(outcome, "after 30 s"));
        TokenAnswer answer = TestClients.Protocol(transport).PollToken("d");
        Assert.Equal(TokenAnswerKind.Transient, answer.Kind);
        Assert.Equal(reason, answer.Reason);

        transport.Then(HttpResult.Failure(outcome, "after 30 s"));
        DeviceAuthorizationAnswer code = TestClients.Protocol(transport).RequestDeviceAuthorization();
        Assert.Null(code.Authorization);
        Assert.Equal(reason, code.Reason);
    }

    [Fact]
    public void Random_garbage_never_throws()
    {
        var random = new Random(6749);
        for (int i = 0; i < 2000; i++)
        {
            byte[] bytes = new byte[random.Next(0, 64)];
            random.NextBytes(bytes);
            string body = (i % 2 == 0 ? "{" : string.Empty) + System.Text.Encoding.Latin1.GetString(bytes);
            string type = i % 3 == 0 ? "application/x-www-form-urlencoded" : "application/json";
            var transport = new ScriptedTransport()
                .Then(HttpResult.Completed(200 + (i % 300), type, body, -1))
                .Then(HttpResult.Completed(200 + (i % 300), type, body, -1));
            var protocol = new DeviceFlowProtocol(TestClients.Config(), transport);
            Assert.NotNull(protocol.RequestDeviceAuthorization());
            Assert.NotNull(protocol.PollToken("d"));
        }
    }

    private static HttpResult Json(int status, string body) => HttpResult.Completed(status, "application/json", body, HttpResult.NoRetryAfter);
}
