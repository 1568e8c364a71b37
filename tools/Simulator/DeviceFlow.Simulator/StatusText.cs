using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Ports;
using Spectre.Console;

namespace DeviceFlow.Simulator;

/// <summary>The lifecycle's states outside a pairing (waiting for a press, ready, reset) as one line each.</summary>
internal sealed class StatusText
{
    private readonly IAnsiConsole _console;
    private LifecyclePhase? _phase;
    private string? _reason;

    public StatusText(IAnsiConsole console)
    {
        _console = console;
    }

    /// <summary>Writes the line; false for a state with nothing to say (booting, pairing) or one just written.</summary>
    public bool Describe(LifecycleStatus status)
    {
        bool repeated = status.Phase == _phase && status.Reason == _reason && status.Storage == StorageResult.Ok;
        _phase = status.Phase;
        _reason = status.Reason;
        if (repeated)
        {
            return false;
        }

        string reason = status.Reason is null ? string.Empty : " [grey](" + Markup.Escape(status.Reason) + ")[/]";
        string flash = status.Storage == StorageResult.Ok ? string.Empty : " [red]flash " + status.Storage.ToString().ToLowerInvariant() + ": tokens kept in RAM only[/]";
        switch (status.Phase)
        {
            case LifecyclePhase.WaitingForPress:
                _console.MarkupLine("[grey]Not paired. Press the button (Enter) to pair, r for a long press (reset).[/]" + reason + flash);
                break;
            case LifecyclePhase.Refreshing:
                _console.MarkupLine("[grey]Refreshing the access token…[/]" + reason + flash);
                break;
            case LifecyclePhase.Ready:
                _console.MarkupLine("[green]Ready:[/] holding tokens." + reason + flash);
                break;
            case LifecyclePhase.Resetting:
                _console.MarkupLine("[yellow]Long press: revoking and forgetting the tokens…[/]");
                break;
            default:
                if (flash.Length == 0)
                {
                    return false;
                }

                _console.MarkupLine(flash);
                break;
        }

        return true;
    }
}
