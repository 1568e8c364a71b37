using System;
using System.Text;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Testing;

namespace DeviceFlow.Core.Tests;

/// <summary>What goes on the wire (RFC 8628 §3.1, §3.4; RFC 6749 §2.3.1, §6).</summary>
public class DeviceFlowRequestTests
{
    [Fact]
    public void Device_authorization_request_posts_client_id_and_scope_as_a_form()
    {
        var transport = new ScriptedTransport().ThenJson(200, OAuthJson.DeviceAuthorization());
        TestClients.Protocol(transport).RequestDeviceAuthorization();

        SentRequest sent = Assert.Single(transport.Sent);
        Assert.Equal("POST", sent.Request.Method);
        Assert.Equal(TestClients.DeviceAuthorizationUrl, sent.Url);
        Assert.Equal("application/x-www-form-urlencoded", sent.Request.ContentType);
        Assert.Null(sent.Request.Authorization);
        Assert.Equal("client_id=sensor-firmware&scope=openid+offline_access", sent.Request.Body);
        Assert.Equal(ClientConfig.DefaultMaxResponseBytes, sent.Request.MaxResponseBytes);
    }

    [Fact]
    public void Token_request_uses_the_exact_device_code_grant_type()
    {
        var transport = new ScriptedTransport().ThenJson(400, OAuthJson.Error("authorization_pending"));
        TestClients.Protocol(transport).PollToken(OAuthJson.DeviceCode);

        var form = Assert.Single(transport.Sent).Form();
        Assert.Equal("urn:ietf:params:oauth:grant-type:device_code", form["grant_type"]);
        Assert.Equal(OAuthJson.DeviceCode, form["device_code"]);
        Assert.Equal("sensor-firmware", form["client_id"]);
        Assert.Equal(3, form.Count);
        Assert.Equal(TestClients.TokenUrl, transport.Sent[0].Url);
    }

    [Fact]
    public void Secret_in_body_sends_client_id_and_client_secret()
    {
        var transport = new ScriptedTransport().ThenJson(400, OAuthJson.Error("authorization_pending"));
        TestClients.Protocol(transport, ClientAuthStyle.RequestBody).PollToken(OAuthJson.DeviceCode);

        var form = transport.Sent[0].Form();
        Assert.Equal(TestClients.ClientSecret, form["client_secret"]);
        Assert.Equal("sensor-firmware", form["client_id"]);
        Assert.Null(transport.Sent[0].Request.Authorization);
    }

    [Fact]
    public void Basic_authentication_form_encodes_credentials_before_base64_and_leaves_them_out_of_the_body()
    {
        var transport = new ScriptedTransport()
            .ThenJson(200, OAuthJson.DeviceAuthorization())
            .ThenJson(400, OAuthJson.Error("authorization_pending"));
        var protocol = TestClients.Protocol(transport, ClientAuthStyle.BasicHeader);
        protocol.RequestDeviceAuthorization();
        protocol.PollToken(OAuthJson.DeviceCode);

        foreach (SentRequest sent in transport.Sent)
        {
            string header = sent.Request.Authorization!;
            Assert.StartsWith("Basic ", header);
            string decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..]));
            Assert.Equal("sensor-firmware:s3cr3t%3Awith%26chars", decoded);
            Assert.DoesNotContain("client_secret", sent.Request.Body);
            Assert.DoesNotContain("client_id", sent.Request.Body);
        }
    }

    [Fact]
    public void Refresh_request_follows_rfc6749_section_6()
    {
        var transport = new ScriptedTransport().ThenJson(200, OAuthJson.Tokens());
        TokenAnswer answer = TestClients.Protocol(transport).Refresh(OAuthJson.RefreshToken);

        var form = transport.Sent[0].Form();
        Assert.Equal("refresh_token", form["grant_type"]);
        Assert.Equal(OAuthJson.RefreshToken, form["refresh_token"]);
        Assert.Equal("sensor-firmware", form["client_id"]);
        Assert.Equal(TokenAnswerKind.Tokens, answer.Kind);
    }

    [Fact]
    public void Scope_is_omitted_when_not_configured()
    {
        var transport = new ScriptedTransport().ThenJson(200, OAuthJson.DeviceAuthorization());
        new DeviceFlowProtocol(TestClients.Config(scope: null!), transport).RequestDeviceAuthorization();
        Assert.Equal("client_id=sensor-firmware", transport.Sent[0].Request.Body);
    }

    [Fact]
    public void Response_cap_is_passed_to_the_transport()
    {
        var config = TestClients.Config();
        config.MaxResponseBytes = 2048;
        var transport = new ScriptedTransport().Then(HttpResult.Failure(TransportOutcome.BodyTooLarge, null));
        var answer = new DeviceFlowProtocol(config, transport).RequestDeviceAuthorization();
        Assert.Equal(2048, transport.Sent[0].Request.MaxResponseBytes);
        Assert.Equal("response larger than 2048 bytes", answer.Reason);
    }
}
