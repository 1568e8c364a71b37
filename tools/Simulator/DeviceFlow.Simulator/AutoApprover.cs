using System;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using DeviceFlow.Core.Pairing;
using DeviceFlow.DevServer;
using Spectre.Console;

namespace DeviceFlow.Simulator;

/// <summary>
/// --auto-approve: when a new code appears, plays the user in a background task through the DevServer's real
/// verification page (GET the page, sign in, POST the consent form with its antiforgery token and cookies).
/// </summary>
internal sealed class AutoApprover : IPairingObserver
{
    private readonly IPairingObserver _inner;
    private readonly X509Certificate2 _ca;
    private readonly IAnsiConsole _console;
    private string? _approvedCode;

    public AutoApprover(IPairingObserver inner, X509Certificate2 ca, IAnsiConsole console)
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
}
