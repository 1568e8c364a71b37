using System;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using DeviceFlow.Core.Firmware;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Readings;
using DeviceFlow.DevServer;
using Spectre.Console;

namespace DeviceFlow.Simulator;

/// <summary>
/// --auto-approve: when a new code appears, plays the user in a background task through the DevServer's real
/// verification page (GET the page, sign in, POST the consent form with its antiforgery token and cookies).
/// </summary>
internal sealed class AutoApprover : IRunObserver
{
    private readonly IRunObserver _inner;
    private readonly X509Certificate2 _ca;
    private readonly IAnsiConsole _console;
    private string? _approvedCode;

    public AutoApprover(IRunObserver inner, X509Certificate2 ca, IAnsiConsole console)
    {
        _console = console;
        _inner = inner;
        _ca = ca;
    }

    public void Changed(PairingState state, long nowMs)
    {
        _inner.Changed(state, nowMs);
        if (state.Phase != PairingPhase.ShowingCode || state.UserCode == _approvedCode)
        {
            return;
        }

        _approvedCode = state.UserCode;
        Uri page = new(state.VerificationUriComplete ?? state.VerificationUri);
        string? typed = state.VerificationUriComplete is null ? state.UserCode : null;
        _ = Task.Run(async () =>
        {
            using var user = new VerificationPageClient(_ca);
            VerificationPageClient.Outcome outcome = await user.DecideAsync(page, typed, approve: true);
            _console.MarkupLine(outcome.Approved ? "[blue]auto-approve: approved on the verification page[/]" : "[red]auto-approve: the page did not accept the code[/]");
        });
    }

    public void Changed(LifecycleStatus status) => _inner.Changed(status);

    public void Said(string title, string body, string? hint) => _inner.Said(title, body, hint);

    public void ReadingDone(int number, string body, ReadingOutcome outcome, string? detail) => _inner.ReadingDone(number, body, outcome, detail);
}
