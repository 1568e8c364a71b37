using DeviceFlow.Core.Protocol;
using DeviceFlow.Testing;

namespace DeviceFlow.Core.Tests;

/// <summary>The §3.4 poll form is built once per device code and reused, so polling allocates little on the device.</summary>
public class PollRequestReuseTests
{
    [Fact]
    public void Every_poll_of_one_code_sends_the_same_form_and_authorization()
    {
        var transport = new ScriptedTransport().ThenJson(400, OAuthJson.Error("authorization_pending")).ThenJson(400, OAuthJson.Error("authorization_pending"));
        DeviceFlowProtocol protocol = TestClients.Protocol(transport, ClientAuthStyle.BasicHeader);
        protocol.PollToken(OAuthJson.DeviceCode);
        protocol.PollToken(OAuthJson.DeviceCode);

        Assert.Same(transport.Sent[0].Request.Body, transport.Sent[1].Request.Body);
        Assert.Equal(transport.Sent[0].Request.Authorization, transport.Sent[1].Request.Authorization);
        Assert.NotNull(transport.Sent[1].Request.Authorization);
    }

    [Fact]
    public void A_new_code_gets_its_own_form()
    {
        var transport = new ScriptedTransport().ThenJson(400, OAuthJson.Error("authorization_pending")).ThenJson(400, OAuthJson.Error("authorization_pending"));
        DeviceFlowProtocol protocol = TestClients.Protocol(transport);
        protocol.PollToken(OAuthJson.DeviceCode);
        protocol.PollToken("second-code");

        Assert.Equal(OAuthJson.DeviceCode, transport.Sent[0].Form()["device_code"]);
        Assert.Equal("second-code", transport.Sent[1].Form()["device_code"]);
    }
}
