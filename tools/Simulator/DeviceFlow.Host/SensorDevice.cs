using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;

namespace DeviceFlow.Host;

/// <summary>What a sensor reading met at the API.</summary>
public enum ReadingOutcome
{
    Accepted,

    /// <summary>The access token was refused and refreshing did not help: the device must pair again.</summary>
    NeedsPairing,

    /// <summary>The API or the network failed; the reading can be sent later.</summary>
    Failed,
}

/// <summary>
/// The firmware's main loop on the host: boot with the tokens in flash or pair on a button press, then post
/// readings with the access token, refreshing it (and storing the rotated refresh token) when the API refuses it.
/// </summary>
public sealed class SensorDevice
{
    private readonly DeviceFlowProtocol _protocol;
    private readonly ClientConfig _config;
    private readonly IHttpTransport _transport;
    private readonly TokenFile _tokens;
    private readonly PairingRunner _pairing;
    private readonly ILog _log;

    public SensorDevice(ClientConfig config, IHttpTransport transport, IStorage flash, IClock clock, IWaiter waiter, ILog log, IPairingObserver observer)
    {
        _config = config;
        _transport = transport;
        _protocol = new DeviceFlowProtocol(config, transport, new SystemTextJsonParser());
        _tokens = new TokenFile(flash);
        _pairing = new PairingRunner(_protocol, clock, waiter, log, observer);
        _log = log;
    }

    public TokenResponse? Tokens { get; private set; }

    /// <summary>True when the tokens came from flash, so no pairing happened on this boot.</summary>
    public bool ResumedFromFlash { get; private set; }

    /// <summary>Uses the tokens in flash when there are any; otherwise pairs when the button is pressed.</summary>
    public PairingState? Boot(IButton button)
    {
        Tokens = _tokens.Load();
        ResumedFromFlash = Tokens is not null;
        if (ResumedFromFlash)
        {
            _log.Info("boot: tokens found in flash, pairing skipped");
            return null;
        }

        PairingState paired = _pairing.PairWhenAsked(button);
        Keep(paired.Tokens);
        return paired;
    }

    /// <summary>POSTs one reading with the bearer token; on 401 refreshes once (RFC 6750 §3.1 invalid_token) and retries.</summary>
    public ReadingOutcome PostReading(string url, string json)
    {
        if (Tokens is null)
        {
            return ReadingOutcome.NeedsPairing;
        }

        HttpResult result = SendReading(url, json);
        if (result.Outcome == TransportOutcome.Completed && result.StatusCode == 401)
        {
            _log.Warn("api: access token refused, refreshing");
            if (!Refresh())
            {
                return ReadingOutcome.NeedsPairing;
            }

            result = SendReading(url, json);
        }

        return result.Outcome == TransportOutcome.Completed && result.StatusCode / 100 == 2 ? ReadingOutcome.Accepted : ReadingOutcome.Failed;
    }

    /// <summary>RFC 6749 §6; a rotated refresh token replaces the old one in flash before anything else happens.</summary>
    public bool Refresh()
    {
        if (Tokens?.RefreshToken is null)
        {
            return false;
        }

        TokenAnswer answer = _protocol.Refresh(Tokens.RefreshToken);
        if (answer.Kind != TokenAnswerKind.Tokens)
        {
            _log.Warn("refresh: " + answer.Reason);
            if (answer.Kind is TokenAnswerKind.Rejected or TokenAnswerKind.Denied or TokenAnswerKind.Expired)
            {
                Forget();
            }

            return false;
        }

        TokenResponse fresh = answer.Tokens;
        Keep(fresh.RefreshToken is null ? new TokenResponse(fresh.AccessToken, fresh.TokenType, Tokens.RefreshToken, fresh.ExpiresInSeconds, fresh.Scope) : fresh);
        _log.Info("refresh: new access token" + (fresh.RefreshToken is null ? string.Empty : ", refresh token rotated"));
        return true;
    }

    /// <summary>
    /// The long press: revoke the refresh token (RFC 7009 §2.1, which also ends its access tokens at OpenIddict)
    /// when the provider has a revocation endpoint, then wipe the tokens so the next boot pairs again.
    /// </summary>
    public void Reset(string? revocationUrl)
    {
        TokenResponse? tokens = Tokens ?? _tokens.Load();
        if (revocationUrl is not null && tokens is not null)
        {
            var body = new FormBody();
            body.Add("token", tokens.RefreshToken ?? tokens.AccessToken);
            body.Add("token_type_hint", tokens.RefreshToken is null ? "access_token" : "refresh_token");
            body.Add("client_id", _config.ClientId);
            HttpResult result = _transport.Send(HttpRequest.PostForm(revocationUrl, body.ToString(), null, _config.MaxResponseBytes));
            _log.Info("reset: revocation answered " + (result.Outcome == TransportOutcome.Completed ? result.StatusCode.ToString() : result.FailureDetail));
        }

        Forget();
    }

    private HttpResult SendReading(string url, string json)
    {
        return _transport.Send(new HttpRequest("POST", url, "application/json", json, "Bearer " + Tokens!.AccessToken, 1024));
    }

    private void Keep(TokenResponse tokens)
    {
        Tokens = tokens;
        StorageResult saved = _tokens.Save(tokens);
        if (saved != StorageResult.Ok)
        {
            _log.Warn("flash: tokens not saved (" + saved + "); the next boot will pair again");
        }
    }

    private void Forget()
    {
        Tokens = null;
        _tokens.Forget();
    }
}
