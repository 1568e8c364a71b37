using System;
using System.Collections.Generic;
using DeviceFlow.Core.Firmware;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Readings;
using DeviceFlow.DevServer;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>What the person at the browser does when a code appears.</summary>
public enum UserAction
{
    Approve,
    Deny,
    Nothing,
}

/// <summary>
/// An observer that plays the user through the DevServer's real verification page as soon as a code is on
/// screen — synchronously, so the decision is in before the device's first poll, which makes the number of
/// polls predictable. Keeps everything the firmware showed: states, its own notices, readings.
/// </summary>
public sealed class ScriptedUser : IRunObserver
{
    private readonly RunningDevServer _server;
    private readonly UserAction _action;
    private readonly IPairingObserver? _screen;

    /// <param name="screen">Also told of every state (the OLED), before the user acts.</param>
    public ScriptedUser(RunningDevServer server, UserAction action, IPairingObserver? screen = null)
    {
        _server = server;
        _action = action;
        _screen = screen;
    }

    public List<PairingState> States { get; } = [];

    public List<VerificationPageClient.Outcome> Outcomes { get; } = [];

    public List<LifecycleStatus> Statuses { get; } = [];

    /// <summary>The firmware's own notices, as "TITLE: body [hint]".</summary>
    public List<string> Notices { get; } = [];

    public List<(int Number, string Body, ReadingOutcome Outcome)> Readings { get; } = [];

    /// <summary>The user code of the last code shown.</summary>
    public string? UserCode { get; private set; }

    public void Changed(PairingState state, long nowMs)
    {
        States.Add(state);
        _screen?.Changed(state, nowMs);
        if (state.Phase != PairingPhase.ShowingCode || state.UserCode == UserCode)
        {
            return;
        }

        UserCode = state.UserCode;
        if (_action == UserAction.Nothing)
        {
            return;
        }

        using var user = new VerificationPageClient(_server.CaCertificate);
        Outcomes.Add(user.DecideAsync(new Uri(state.VerificationUriComplete!), null, _action == UserAction.Approve).GetAwaiter().GetResult());
    }

    public void Changed(LifecycleStatus status) => Statuses.Add(status);

    public void Said(string title, string body, string? hint) => Notices.Add(title + ": " + body + " [" + hint + "]");

    public void ReadingDone(int number, string body, ReadingOutcome outcome, string? detail) => Readings.Add((number, body, outcome));
}
