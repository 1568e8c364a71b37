namespace DeviceFlow.DevServer;

/// <summary>What the DevServer does with one device-code token request.</summary>
public enum PollVerdict
{
    /// <summary>Let OpenIddict answer (pending, tokens, denied, expired ...).</summary>
    Answer,

    /// <summary>RFC 8628 §3.5 slow_down, whatever the real state.</summary>
    SlowDown,

    /// <summary>RFC 8628 §3.5 access_denied, whatever the real state.</summary>
    Deny,

    /// <summary>Close the connection without a response (a network fault).</summary>
    Drop,

    /// <summary>HTTP 429 with Retry-After (what Auth0 and Hydra send instead of slow_down).</summary>
    Throttle,

    /// <summary>Answer nothing for a while, then pending (a client without a timeout would hang).</summary>
    Stall,
}

/// <summary>Decides the verdict for the n-th poll (1-based) of one device code.</summary>
public delegate PollVerdict PollScript(int pollNumber);

/// <summary>The misbehaviour switches tests and the exe use.</summary>
public static class PollScripts
{
    public static readonly PollScript Honest = _ => PollVerdict.Answer;

    public static readonly PollScript AlwaysSlowDown = _ => PollVerdict.SlowDown;

    public static readonly PollScript AlwaysDeny = _ => PollVerdict.Deny;

    public static readonly PollScript AlwaysDrop = _ => PollVerdict.Drop;

    public static readonly PollScript AlwaysThrottle = _ => PollVerdict.Throttle;

    /// <summary>The first <paramref name="count"/> polls get <paramref name="verdict"/>, the rest an honest answer.</summary>
    public static PollScript First(int count, PollVerdict verdict)
    {
        return n => n <= count ? verdict : PollVerdict.Answer;
    }

    /// <summary>Parses the exe's --misbehave switch: slow_down, deny, drop or throttle.</summary>
    public static PollScript? Parse(string name)
    {
        switch (name)
        {
            case "slow_down":
                return AlwaysSlowDown;
            case "deny":
                return AlwaysDeny;
            case "drop":
                return AlwaysDrop;
            case "throttle":
                return AlwaysThrottle;
            case "none":
                return Honest;
            default:
                return null;
        }
    }
}
