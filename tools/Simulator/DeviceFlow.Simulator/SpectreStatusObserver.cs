using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Ports;
using Spectre.Console;

namespace DeviceFlow.Simulator;

/// <summary>The lifecycle's screens outside a pairing (boot, waiting for a press, ready, reset), one line each.</summary>
internal sealed class SpectreStatusObserver : ILifecycleObserver
{
    /// <summary>True once a pairing started: the tokens did not come from flash.</summary>
    public bool SawPairing { get; private set; }

    public void Changed(LifecycleStatus status)
    {
        SawPairing |= status.Phase == LifecyclePhase.Pairing;
        string reason = status.Reason is null ? string.Empty : " [grey](" + Markup.Escape(status.Reason) + ")[/]";
        string flash = status.Storage == StorageResult.Ok ? string.Empty : " [red]flash " + status.Storage.ToString().ToLowerInvariant() + ": tokens kept in RAM only[/]";
        switch (status.Phase)
        {
            case LifecyclePhase.WaitingForPress:
                AnsiConsole.MarkupLine("[grey]Not paired. Press the button (Enter) to pair, r for a long press (reset).[/]" + reason + flash);
                break;
            case LifecyclePhase.Refreshing:
                AnsiConsole.MarkupLine("[grey]Refreshing the access token…[/]" + reason + flash);
                break;
            case LifecyclePhase.Ready:
                AnsiConsole.MarkupLine("[green]Ready:[/] holding tokens." + reason + flash);
                break;
            case LifecyclePhase.Resetting:
                AnsiConsole.MarkupLine("[yellow]Long press: revoking and forgetting the tokens…[/]");
                break;
            default:
                if (flash.Length > 0)
                {
                    AnsiConsole.MarkupLine(flash);
                }

                break;
        }
    }
}
