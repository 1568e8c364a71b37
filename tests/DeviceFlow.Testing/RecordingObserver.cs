using System.Collections.Generic;
using DeviceFlow.Core.Pairing;

namespace DeviceFlow.Testing;

/// <summary>Every state the pairing showed, in order.</summary>
public sealed class RecordingObserver : IPairingObserver
{
    public List<PairingState> States { get; } = new();

    public void Changed(PairingState state, long nowMs) => States.Add(state);
}
