using System.Collections.Generic;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Tokens;
using DeviceFlow.Host;
using DeviceFlow.Testing;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>The simulator's sensor task: what it sends, and that only a 401 asks the sensor loop for a refresh.</summary>
public sealed class ReadingPosterTests
{
    private const string Url = "https://api.example/readings";

    private readonly ScriptedTransport _api = new();
    private readonly List<ReadingOutcome> _reported = new();

    private ReadingPoster Poster() => new(_api, Url, () => "{\"celsius\":21.5}", (_, outcome) => _reported.Add(outcome));

    private static AccessTokenResult Token() => new(AccessTokenStatus.Ok, "at-1", null!, 0);

    [Fact]
    public void A_reading_goes_as_json_with_the_bearer_token_and_a_2xx_is_accepted()
    {
        _api.ThenJson(201, "{\"accepted\":true}");

        Assert.True(Poster().Run(Token()));

        HttpRequest sent = Assert.Single(_api.Sent).Request;
        Assert.Equal("POST", sent.Method);
        Assert.Equal(Url, sent.Url);
        Assert.Equal("Bearer at-1", sent.Authorization);
        Assert.Equal("{\"celsius\":21.5}", sent.Body);
        Assert.Equal([ReadingOutcome.Accepted], _reported);
    }

    [Fact]
    public void A_401_returns_false_so_the_loop_refreshes_once()
    {
        _api.ThenJson(401, "{}");

        Assert.False(Poster().Run(Token()));
        Assert.Equal([ReadingOutcome.Refused], _reported);
    }

    [Fact]
    public void A_server_error_or_a_dropped_connection_is_a_lost_reading_not_a_refresh()
    {
        _api.ThenJson(500, "{}").Then(HttpResult.Failure(TransportOutcome.ConnectionFailed, "reset"));
        ReadingPoster poster = Poster();

        Assert.True(poster.Run(Token()));
        Assert.True(poster.Run(Token()));
        Assert.Equal([ReadingOutcome.Failed, ReadingOutcome.Failed], _reported);
    }

    [Fact]
    public void Without_a_usable_token_nothing_is_sent()
    {
        Assert.True(Poster().Run(new AccessTokenResult(AccessTokenStatus.Unavailable, null!, "refresh failed", 60000)));

        Assert.Empty(_api.Sent);
        Assert.Equal([ReadingOutcome.NoToken], _reported);
    }
}
