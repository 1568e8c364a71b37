namespace DeviceFlow.Core.Pairing
{
    /// <summary>Told of every state the pairing passes through (the screen draws from it).</summary>
    public interface IPairingObserver
    {
        void Changed(PairingState state, long nowMs);
    }
}
