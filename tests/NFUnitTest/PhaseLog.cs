using DeviceFlow.Core.Pairing;

namespace NFUnitTest
{
    /// <summary>What the screen would have been told: whether the code was shown, and the last phase.</summary>
    public sealed class PhaseLog : IPairingObserver
    {
        public bool SawShowingCode { get; private set; }

        public PairingPhase Last { get; private set; }

        public void Changed(PairingState state, long nowMs)
        {
            SawShowingCode |= state.Phase == PairingPhase.ShowingCode;
            Last = state.Phase;
        }
    }
}
