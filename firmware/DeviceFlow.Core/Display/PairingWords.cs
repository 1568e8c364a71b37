using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Providers;

namespace DeviceFlow.Core.Display
{
    /// <summary>
    /// How a pairing ended, in words a person reads: a title, one sentence and what to press. The panel and the
    /// simulator's terminal both say exactly this. A provider's error goes through its preset's hints
    /// (<see cref="ErrorMessages"/>), which read error_description where the hint is there (Entra's AADSTS codes).
    /// </summary>
    public static class PairingWords
    {
        public static string Title(PairingState state)
        {
            switch (state.Phase)
            {
                case PairingPhase.Authorized:
                    return "PAIRED";
                case PairingPhase.Denied:
                    return "DENIED";
                case PairingPhase.Expired:
                    return "EXPIRED";
                default:
                    return state.Error != null ? "REFUSED" : "SERVER";
            }
        }

        /// <param name="preset">The configured provider preset, or null (issuer or explicit endpoints).</param>
        public static string Sentence(PairingState state, ProviderPreset preset)
        {
            switch (state.Phase)
            {
                case PairingPhase.Authorized:
                    string scope = state.Tokens == null ? null : state.Tokens.Scope;
                    return scope == null || scope.Length == 0 ? "This device is linked to your account" : "Linked with access to " + scope;
                case PairingPhase.Denied:
                    return "Access was denied on the other device";
                case PairingPhase.Expired:
                    return "The code expired before anyone entered it";
                default:
                    if (state.Error != null)
                    {
                        return ErrorMessages.Describe(preset, state.Error);
                    }

                    // The transport's or the answer's own words: "cannot connect (...)", "HTTP 404 without an OAuth error".
                    return state.Reason == null ? "The server gave no usable answer" : state.Reason;
            }
        }

        /// <summary>What to press next; null once paired (the panel goes dark, nothing is left to do).</summary>
        public static string Hint(PairingState state)
        {
            switch (state.Phase)
            {
                case PairingPhase.Authorized:
                    return null;
                case PairingPhase.Denied:
                    return "Press to start again";
                case PairingPhase.Expired:
                    return "Press for a new code";
                default:
                    return "Press to retry";
            }
        }
    }
}
