using System.Linq;
using System.Text.Json;
using DeviceFlow.Core.Config;
using DeviceFlow.Core.Json;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Testing;
using Xunit;

namespace DeviceFlow.Core.Tests.Json;

/// <summary>
/// What the reader's exactness means where the core uses it: server answers, and config.json as a maker's editor
/// saves it. The provider answers the other tests use are read member for member as System.Text.Json reads them.
/// </summary>
public class JsonAnswerTests
{
    public static TheoryData<string, string> ProviderJsonBodies()
    {
        var bodies = new TheoryData<string, string>();
        foreach (object[] row in ProviderResponseTests.TokenAnswers().Where(row => ((string)row[3]).TrimStart().StartsWith('{')))
        {
            bodies.Add((string)row[0], (string)row[3]);
        }

        return bodies;
    }

    [Theory]
    [MemberData(nameof(ProviderJsonBodies))]
    public void Every_provider_answer_reads_as_System_Text_Json_reads_it(string name, string body)
    {
        JsonTree tree = JsonTree.Parse(body, out string? error) ?? throw new Xunit.Sdk.XunitException(name + ": " + error);
        using JsonDocument expected = JsonDocument.Parse(body);
        foreach (JsonProperty member in expected.RootElement.EnumerateObject())
        {
            int value = tree.Find(JsonTree.Root, member.Name);
            Assert.True(value >= 0, name + ": " + member.Name);
            if (member.Value.ValueKind == JsonValueKind.String)
            {
                Assert.Equal(member.Value.GetString(), tree.GetString(value));
            }
            else if (member.Value.ValueKind == JsonValueKind.Number)
            {
                Assert.True(tree.TryGetInt64(value, out long number) && number == member.Value.GetInt64(), name + ": " + member.Name);
            }
        }
    }

    [Fact]
    public void A_second_error_member_makes_the_answer_unusable_instead_of_hiding_the_first()
    {
        var transport = new ScriptedTransport().ThenJson(400, """{"error":"authorization_pending","error":"access_denied"}""");
        TokenAnswer answer = TestClients.Protocol(transport).PollToken("d");

        Assert.Equal(TokenAnswerKind.Unusable, answer.Kind);
        Assert.Equal("HTTP 400, JSON: duplicate member \"error\" at 33", answer.Reason);
    }

    [Fact]
    public void A_lone_surrogate_in_an_answer_is_unusable_not_an_exception()
    {
        var transport = new ScriptedTransport().ThenJson(200, """{"access_token":"\uD800","token_type":"Bearer"}""");
        TokenAnswer answer = TestClients.Protocol(transport).PollToken("d");

        Assert.Equal(TokenAnswerKind.Unusable, answer.Kind);
        Assert.Equal("HTTP 200, JSON: lone surrogate \\uD800 at 17", answer.Reason);
    }

    [Fact]
    public void A_pending_answer_is_read_with_its_description_and_uri_on_demand()
    {
        var transport = new ScriptedTransport().ThenJson(400, """{"error":"authorization_pending","error_description":"Not yet \u00e9","error_uri":"https:\/\/x\/e"}""");
        TokenAnswer answer = TestClients.Protocol(transport).PollToken("d");

        Assert.Equal(TokenAnswerKind.Pending, answer.Kind);
        Assert.Same(OAuthError.AuthorizationPending, answer.Error!.Code);
        Assert.Equal("Not yet é", answer.Error.Description);
        Assert.Equal("https://x/e", answer.Error.Uri);
    }

    [Fact]
    public void A_byte_order_mark_before_an_answer_is_skipped()
    {
        var transport = new ScriptedTransport().Then(HttpResult.Completed(400, "application/json", "\uFEFF{\"error\":\"slow_down\",\"interval\":9}", HttpResult.NoRetryAfter));
        TokenAnswer answer = TestClients.Protocol(transport).PollToken("d");

        Assert.Equal(TokenAnswerKind.SlowDown, answer.Kind);
        Assert.Equal(9, answer.ServerIntervalSeconds);
    }

    [Fact]
    public void Config_json_saved_with_a_byte_order_mark_is_read()
    {
        DeviceConfig? config = DeviceConfigParser.Parse("\uFEFF{\"provider\":\"github\",\"client_id\":\"Iv1.x\"}", out string? error);

        Assert.Null(error);
        Assert.Equal("Iv1.x", config!.Settings.ClientId);
    }

    [Fact]
    public void Config_json_with_a_repeated_field_names_it()
    {
        Assert.Null(DeviceConfigParser.Parse("{\"provider\":\"github\",\"client_id\":\"a\",\"client_id\":\"b\"}", out string? error));
        Assert.Equal("config.json: JSON: duplicate member \"client_id\" at 37", error);
    }
}
