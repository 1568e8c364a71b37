using System.Collections.Generic;
using DeviceFlow.Core.Firmware;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Readings;

namespace DeviceFlow.Testing;

/// <summary>Keeps everything a firmware run told its observer.</summary>
public sealed class RecordingRunObserver : IRunObserver
{
    public List<PairingState> States { get; } = new();

    public List<LifecycleStatus> Statuses { get; } = new();

    /// <summary>The firmware's own notices as "TITLE: body [hint]".</summary>
    public List<string> Notices { get; } = new();

    public List<(int Number, string Body, ReadingOutcome Outcome, string? Detail)> Readings { get; } = new();

    public void Changed(PairingState state, long nowMs) => States.Add(state);

    public void Changed(LifecycleStatus status) => Statuses.Add(status);

    public void Said(string title, string body, string? hint) => Notices.Add(title + ": " + body + " [" + hint + "]");

    public void ReadingDone(int number, string body, ReadingOutcome outcome, string? detail) => Readings.Add((number, body, outcome, detail));
}
