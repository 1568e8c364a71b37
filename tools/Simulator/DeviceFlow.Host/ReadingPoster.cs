using System;
using System.Collections.Generic;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Tokens;

namespace DeviceFlow.Host;

/// <summary>What one sensor reading met at the API.</summary>
public enum ReadingOutcome
{
    Accepted,

    /// <summary>The API answered 401: the firmware's sensor loop refreshes once and runs the task again.</summary>
    Refused,

    /// <summary>No usable access token (the reason is on the screen), so nothing was sent.</summary>
    NoToken,

    /// <summary>The API or the network failed; the reading is lost, the next one is due an interval later.</summary>
    Failed,
}

/// <summary>
/// The maker's sensor task on the host: POSTs one JSON reading to a protected API with the bearer access token
/// (RFC 6750 §2.1). The firmware's <see cref="Core.Device.SensorLoop"/> decides when to run it and what a 401 means.
/// </summary>
public sealed class ReadingPoster : ISensorTask
{
    private const int MaxAnswerBytes = 1024;

    private readonly IHttpTransport _transport;
    private readonly string _url;
    private readonly Func<string> _nextReading;
    private readonly Action<string, ReadingOutcome> _reported;

    /// <param name="nextReading">The JSON body of the next reading.</param>
    /// <param name="reported">Told of each reading and what became of it.</param>
    public ReadingPoster(IHttpTransport transport, string url, Func<string> nextReading, Action<string, ReadingOutcome> reported)
    {
        _transport = transport;
        _url = url;
        _nextReading = nextReading;
        _reported = reported;
    }

    public List<ReadingOutcome> Outcomes { get; } = new();

    public bool Run(AccessTokenResult token)
    {
        string reading = _nextReading();
        ReadingOutcome outcome = ReadingOutcome.NoToken;
        if (token.Status == AccessTokenStatus.Ok)
        {
            HttpResult result = _transport.Send(new HttpRequest("POST", _url, "application/json", reading, token.AuthorizationHeader, MaxAnswerBytes));
            bool completed = result.Outcome == TransportOutcome.Completed;
            outcome = completed && result.StatusCode == 401 ? ReadingOutcome.Refused
                : completed && result.StatusCode / 100 == 2 ? ReadingOutcome.Accepted
                : ReadingOutcome.Failed;
        }

        Outcomes.Add(outcome);
        _reported(reading, outcome);
        return outcome != ReadingOutcome.Refused;
    }
}
