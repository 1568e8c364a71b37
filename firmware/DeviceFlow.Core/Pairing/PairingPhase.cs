namespace DeviceFlow.Core.Pairing
{
    /// <summary>Where a pairing stands. The last four are terminal; from each, a button press starts again.</summary>
    public enum PairingPhase
    {
        /// <summary>Nothing under way; waiting for the user to ask (RFC 8628 §3.5: wait for user interaction).</summary>
        Idle,

        RequestingCode,

        /// <summary>The user code is on screen and the device polls the token endpoint.</summary>
        ShowingCode,

        Authorized,

        Denied,

        Expired,

        Failed,
    }

    /// <summary>Why the code screen shows a warning while still pairing.</summary>
    public enum PairingTrouble
    {
        None,

        /// <summary>The server asked for slower polling (slow_down or HTTP 429).</summary>
        SlowedDown,

        /// <summary>The last poll got no answer; backing off.</summary>
        Network,
    }
}
