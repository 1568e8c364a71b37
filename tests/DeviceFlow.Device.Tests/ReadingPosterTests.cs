using System.Collections.Generic;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Readings;
using DeviceFlow.Core.Tokens;
using DeviceFlow.Testing;

namespace DeviceFlow.Device.Tests;

/// <summary>The board's reading poster (core): what it sends, and that only a 401 asks the sensor loop for a refresh.</summary>
public sealed class ReadingPosterTests
{
    private const string Url = "https://api.example/readings";

    private readonly VirtualTime _time = new();
    private readonly ScriptedTransport _api;
    private readonly RecordingLog _log = new();
    private readonly RecordingRunObserver _observer = new();

    public ReadingPosterTests()
    {
        _api = new ScriptedTransport(_time);
        _time.Advance(42_500);
    }

    private sealed class Thermometer : IReadingSource
    {
        public void Measure(Reading reading) => reading.Add("millicelsius", 21_500);
    }

    private ReadingPoster Poster(string? url = Url) => new(_api, url!, new Thermometer(), _time, _log, _observer);

    private static AccessTokenResult Token(string accessToken = "at-1") => new(AccessTokenStatus.Ok, accessToken, null!, 0);

    [Fact]
    public void A_reading_goes_as_json_with_the_bearer_token_a_bounded_answer_and_a_2xx_is_accepted()
    {
        _api.ThenJson(201, "{\"accepted\":true}");

        Assert.True(Poster().Run(Token()));

        HttpRequest sent = Assert.Single(_api.Sent).Request;
        Assert.Equal(("POST", Url, "application/json"), (sent.Method, sent.Url, sent.ContentType));
        Assert.Equal("Bearer at-1", sent.Authorization);
        Assert.Equal("{\"reading\":1,\"uptime_s\":42,\"millicelsius\":21500}", sent.Body);
        Assert.Equal(ReadingPoster.MaxAnswerBytes, sent.MaxResponseBytes);
        Assert.Equal(ReadingOutcome.Accepted, Assert.Single(_observer.Readings).Outcome);
        Assert.DoesNotContain("at-1", string.Join("\n", _log.Lines));
    }

    [Fact]
    public void A_401_returns_false_and_the_same_reading_goes_again_with_the_refreshed_token()
    {
        _api.ThenJson(401, "{}").ThenJson(201, "{}");
        ReadingPoster poster = Poster();

        Assert.False(poster.Run(Token("at-1")));
        Assert.True(poster.Run(Token("at-2")));

        Assert.Equal(_api.Sent[0].Request.Body, _api.Sent[1].Request.Body);
        Assert.Equal("Bearer at-2", _api.Sent[1].Request.Authorization);
        Assert.Equal([(1, ReadingOutcome.Refused), (1, ReadingOutcome.Accepted)], _observer.Readings.ConvertAll(r => (r.Number, r.Outcome)));
        Assert.Equal((1, 1), (poster.Taken, poster.Accepted));
        Assert.DoesNotContain("at-", string.Join("\n", _log.Lines));
    }

    [Fact]
    public void A_server_error_or_a_dropped_connection_is_a_lost_reading_not_a_refresh()
    {
        _api.ThenJson(500, "{}").Then(HttpResult.Failure(TransportOutcome.ConnectionFailed, "reset"));
        ReadingPoster poster = Poster();

        Assert.True(poster.Run(Token()));
        Assert.True(poster.Run(Token()));

        Assert.Equal(new List<(ReadingOutcome, string?)> { (ReadingOutcome.Failed, "HTTP 500"), (ReadingOutcome.Failed, "reset") }, _observer.Readings.ConvertAll(r => (r.Outcome, r.Detail)));
        Assert.Equal(2, poster.Taken);
    }

    [Fact]
    public void Without_a_usable_token_nothing_is_sent_and_the_reason_is_told()
    {
        Assert.True(Poster().Run(new AccessTokenResult(AccessTokenStatus.Unavailable, null!, "refresh failed: timeout", 60000)));

        Assert.Empty(_api.Sent);
        Assert.Equal((ReadingOutcome.NoToken, "refresh failed: timeout"), (_observer.Readings[0].Outcome, _observer.Readings[0].Detail));
    }
}
