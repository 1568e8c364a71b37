using System;
using System.Collections.Generic;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Testing;

/// <summary>One request as the transport saw it, with the virtual time it was sent at.</summary>
public sealed record SentRequest(HttpRequest Request, long SentAtMs)
{
    public string Url => Request.Url;

    public Dictionary<string, string> Form() => FormReader.Read(Request.Body);
}

/// <summary>
/// A fake server: answers each request from a script (in order, or by URL), records what was sent, and can
/// spend virtual time on each round trip.
/// </summary>
public sealed class ScriptedTransport : IHttpTransport
{
    private readonly Queue<Func<HttpRequest, HttpResult>> _answers = new();
    private readonly VirtualTime? _time;

    public ScriptedTransport(VirtualTime? time = null, long roundTripMs = 0)
    {
        _time = time;
        RoundTripMs = roundTripMs;
    }

    public long RoundTripMs { get; set; }

    public List<SentRequest> Sent { get; } = new();

    /// <summary>Answers any request after the script runs out; by default the test fails loudly.</summary>
    public Func<HttpRequest, HttpResult>? Fallback { get; set; }

    public ScriptedTransport Then(HttpResult result) => Then(_ => result);

    public ScriptedTransport Then(Func<HttpRequest, HttpResult> answer)
    {
        _answers.Enqueue(answer);
        return this;
    }

    public ScriptedTransport ThenJson(int status, string json, int retryAfterSeconds = HttpResult.NoRetryAfter)
        => Then(HttpResult.Completed(status, "application/json; charset=utf-8", json, retryAfterSeconds));

    public HttpResult Send(HttpRequest request)
    {
        Sent.Add(new SentRequest(request, _time?.MonotonicMilliseconds ?? 0));
        _time?.Advance(RoundTripMs);
        if (_answers.Count > 0)
        {
            return _answers.Dequeue()(request);
        }

        return Fallback?.Invoke(request) ?? throw new InvalidOperationException("unscripted request to " + request.Url);
    }
}
