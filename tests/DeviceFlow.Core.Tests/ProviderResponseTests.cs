using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Testing;

namespace DeviceFlow.Core.Tests;

/// <summary>
/// Real-shaped answers from the providers in the reference (deviceflow-providers-and-peers.md §2): the client
/// decides by the "error" member whatever the status, and tolerates each provider's deviations.
/// </summary>
public class ProviderResponseTests
{
    public static TheoryData<string, int, string, string, TokenAnswerKind> TokenAnswers() => new()
    {
        // name, HTTP status, content type, body, meaning
        { "RFC 8628 pending (400)", 400, "application/json", "{\"error\":\"authorization_pending\"}", TokenAnswerKind.Pending },
        { "GitHub pending as a form with 200", 200, "application/x-www-form-urlencoded; charset=utf-8", "error=authorization_pending&error_description=The+authorization+request+is+still+pending.&error_uri=https%3A%2F%2Fdocs.github.com", TokenAnswerKind.Pending },
        { "GitHub slow_down as JSON with 200", 200, "application/json", "{\"error\":\"slow_down\",\"error_description\":\"Too many requests have been made in the same timeframe.\",\"interval\":10}", TokenAnswerKind.SlowDown },
        { "GitHub access_denied as a form", 200, "application/x-www-form-urlencoded", "error=access_denied&error_description=The+authorization+request+was+denied.", TokenAnswerKind.Denied },
        { "GitHub tokens as a form", 200, "application/x-www-form-urlencoded", "access_token=gho_16C7e42F292c6912E7710c838347Ae178B4a&token_type=bearer&scope=repo%2Cgist", TokenAnswerKind.Tokens },
        { "Google pending with 428", 428, "application/json", "{\n  \"error\": \"authorization_pending\",\n  \"error_description\": \"Precondition Required\"\n}", TokenAnswerKind.Pending },
        { "Entra pending with AADSTS70016", 400, "application/json; charset=utf-8", "{\"error\":\"authorization_pending\",\"error_description\":\"AADSTS70016: OAuth 2.0 device flow error. Authorization is pending.\",\"error_codes\":[70016],\"timestamp\":\"2026-11-27 08:00:00Z\",\"trace_id\":\"0d5f\",\"correlation_id\":\"9a1c\"}", TokenAnswerKind.Pending },
        { "Entra authorization_declined", 400, "application/json", "{\"error\":\"authorization_declined\",\"error_codes\":[70000]}", TokenAnswerKind.Denied },
        { "Entra bad_verification_code", 400, "application/json", "{\"error\":\"bad_verification_code\"}", TokenAnswerKind.Rejected },
        { "Entra tokens with string numbers", 200, "application/json", "{\"token_type\":\"Bearer\",\"scope\":\"User.Read\",\"expires_in\":\"3599\",\"ext_expires_in\":3599,\"access_token\":\"eyJ0\",\"refresh_token\":\"AwAB\"}", TokenAnswerKind.Tokens },
        { "Auth0 slow_down as 429", 429, "application/json", "{\"error\":\"slow_down\",\"error_description\":\"You are polling faster than the specified interval of 5 seconds.\"}", TokenAnswerKind.SlowDown },
        { "Bare 429 without body", 429, "text/plain", "Too Many Requests", TokenAnswerKind.SlowDown },
        { "OpenAM pending with 403", 403, "application/json", "{\"error\":\"authorization_pending\"}", TokenAnswerKind.Pending },
        { "expired_token", 400, "application/json", "{\"error\":\"expired_token\"}", TokenAnswerKind.Expired },
        { "unknown error stops", 400, "application/json", "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}", TokenAnswerKind.Rejected },
        { "401 invalid_client", 401, "application/json", "{\"error\":\"invalid_client\"}", TokenAnswerKind.Rejected },
        { "503 HTML from a proxy", 503, "text/html", "<html><body>Service Unavailable</body></html>", TokenAnswerKind.Transient },
        { "404 HTML page", 404, "text/html", "<html>Not Found</html>", TokenAnswerKind.Unusable },
    };

    [Theory]
    [MemberData(nameof(TokenAnswers))]
    public void Token_answers_are_decided_by_the_error_member(string name, int status, string contentType, string body, TokenAnswerKind expected)
    {
        var transport = new ScriptedTransport().Then(HttpResult.Completed(status, contentType, body, HttpResult.NoRetryAfter));
        TokenAnswer answer = TestClients.Protocol(transport).PollToken(OAuthJson.DeviceCode);
        Assert.True(expected == answer.Kind, name + ": expected " + expected + ", got " + answer.Kind + " (" + answer.Reason + ")");
    }

    [Fact]
    public void GitHub_slow_down_carries_its_new_interval()
    {
        var transport = new ScriptedTransport().ThenJson(200, "{\"error\":\"slow_down\",\"interval\":10}");
        Assert.Equal(10, TestClients.Protocol(transport).PollToken("x").ServerIntervalSeconds);
    }

    [Fact]
    public void Error_description_and_uri_are_kept()
    {
        var transport = new ScriptedTransport().ThenJson(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Token expired\",\"error_uri\":\"https://as.example.com/errors/1\"}");
        TokenAnswer answer = TestClients.Protocol(transport).Refresh("rt");
        Assert.Equal("invalid_grant", answer.Error!.Code);
        Assert.Equal("Token expired", answer.Error.Description);
        Assert.Equal("https://as.example.com/errors/1", answer.Error.Uri);
    }

    [Fact]
    public void Entra_tokens_read_string_numbers()
    {
        var transport = new ScriptedTransport().ThenJson(200, "{\"token_type\":\"Bearer\",\"expires_in\":\"3599\",\"access_token\":\"eyJ0\",\"refresh_token\":\"AwAB\"}");
        TokenResponse tokens = TestClients.Protocol(transport).PollToken("x").Tokens!;
        Assert.Equal(3599, tokens.ExpiresInSeconds);
        Assert.Equal("AwAB", tokens.RefreshToken);
    }

    [Fact]
    public void Google_verification_url_is_read_as_verification_uri()
    {
        const string google = "{\"device_code\":\"AH-1Ng3\",\"user_code\":\"GQVQ-JKEC\",\"verification_url\":\"https://www.google.com/device\",\"expires_in\":1800,\"interval\":5}";
        var transport = new ScriptedTransport().ThenJson(200, google);
        DeviceAuthorization code = TestClients.Protocol(transport).RequestDeviceAuthorization().Authorization!;
        Assert.Equal("https://www.google.com/device", code.VerificationUri);
        Assert.Null(code.VerificationUriComplete);
        Assert.Equal("GQVQ-JKEC", code.UserCode);
        Assert.Equal(1800, code.ExpiresInSeconds);
    }

    [Fact]
    public void Entra_message_and_unknown_fields_are_ignored()
    {
        const string entra = "{\"user_code\":\"FJ7Q8VXMA\",\"device_code\":\"DAQABAAEAAAD\",\"verification_uri\":\"https://microsoft.com/devicelogin\",\"expires_in\":900,\"interval\":5,\"message\":\"To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code FJ7Q8VXMA to authenticate.\"}";
        var transport = new ScriptedTransport().ThenJson(200, entra);
        DeviceAuthorization code = TestClients.Protocol(transport).RequestDeviceAuthorization().Authorization!;
        Assert.Equal("FJ7Q8VXMA", code.UserCode);
        Assert.Equal("https://microsoft.com/devicelogin", code.VerificationUri);
    }

    [Fact]
    public void GitHub_device_code_answer_as_a_form_is_read()
    {
        const string github = "device_code=3584d83530557fdd1f46af8289938c8ef79f9dc5&expires_in=899&interval=5&user_code=WDJB-MJHT&verification_uri=https%3A%2F%2Fgithub.com%2Flogin%2Fdevice";
        var transport = new ScriptedTransport().Then(HttpResult.Completed(200, "application/x-www-form-urlencoded; charset=utf-8", github, HttpResult.NoRetryAfter));
        DeviceAuthorization code = TestClients.Protocol(transport).RequestDeviceAuthorization().Authorization!;
        Assert.Equal("https://github.com/login/device", code.VerificationUri);
        Assert.Equal(899, code.ExpiresInSeconds);
        Assert.Equal(5, code.IntervalSeconds);
    }

    [Fact]
    public void GitHub_device_flow_disabled_comes_back_as_the_error_code()
    {
        var transport = new ScriptedTransport().Then(HttpResult.Completed(200, "application/x-www-form-urlencoded", "error=device_flow_disabled&error_description=Device+Flow+must+be+explicitly+enabled+for+this+App", HttpResult.NoRetryAfter));
        DeviceAuthorizationAnswer answer = TestClients.Protocol(transport).RequestDeviceAuthorization();
        Assert.Null(answer.Authorization);
        Assert.Equal("device_flow_disabled", answer.Reason);
    }

    [Fact]
    public void Entra_device_code_errors_with_200_are_errors()
    {
        var transport = new ScriptedTransport().ThenJson(200, "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.\"}");
        Assert.Equal("invalid_client", TestClients.Protocol(transport).RequestDeviceAuthorization().Reason);
    }

    [Fact]
    public void Missing_interval_means_five_seconds()
    {
        var transport = new ScriptedTransport().ThenJson(200, OAuthJson.DeviceAuthorization(interval: null));
        Assert.Equal(5, TestClients.Protocol(transport).RequestDeviceAuthorization().Authorization!.IntervalSeconds);
    }

    [Fact]
    public void Zero_interval_means_five_seconds()
    {
        var transport = new ScriptedTransport().ThenJson(200, OAuthJson.DeviceAuthorization(interval: 0));
        Assert.Equal(5, TestClients.Protocol(transport).RequestDeviceAuthorization().Authorization!.IntervalSeconds);
    }

    [Fact]
    public void Interval_as_a_string_is_read()
    {
        var transport = new ScriptedTransport().ThenJson(200, "{\"device_code\":\"d\",\"user_code\":\"u\",\"verification_uri\":\"https://x/\",\"expires_in\":\"600\",\"interval\":\"7\"}");
        DeviceAuthorization code = TestClients.Protocol(transport).RequestDeviceAuthorization().Authorization!;
        Assert.Equal(7, code.IntervalSeconds);
        Assert.Equal(600, code.ExpiresInSeconds);
    }
}
