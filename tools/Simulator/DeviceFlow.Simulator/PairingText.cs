using DeviceFlow.Core.Display;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Providers;
using Spectre.Console;

namespace DeviceFlow.Simulator;

/// <summary>
/// Describes the pairing in the terminal: the code panel once per code, then one line per change of phase or
/// trouble. It sees what the OLED sees (user code, URIs, seconds left, a reason) and never the device_code.
/// </summary>
internal sealed class PairingText
{
    private readonly IAnsiConsole _console;
    private readonly ProviderPreset? _preset;
    private PairingPhase? _phase;
    private string? _userCode;
    private PairingTrouble _trouble;
    private long _intervalMs;

    /// <param name="preset">The configured preset, whose hints explain a provider's error as the panel does; or null.</param>
    public PairingText(IAnsiConsole console, ProviderPreset? preset)
    {
        _preset = preset;
        _console = console;
    }

    /// <summary>Writes what changed; false when nothing did (another poll, same view).</summary>
    public bool Describe(PairingState state, long nowMs)
    {
        bool newCode = state.Phase == PairingPhase.ShowingCode && state.UserCode != _userCode;
        bool sameView = state.Phase == _phase && !newCode && state.Trouble == _trouble && state.IntervalMs == _intervalMs;
        _phase = state.Phase;
        _userCode = state.UserCode;
        _trouble = state.Trouble;
        _intervalMs = state.IntervalMs;
        if (sameView)
        {
            return false;
        }

        switch (state.Phase)
        {
            case PairingPhase.Idle:
                _console.MarkupLine("[grey]Not paired. Press the button (Enter) to pair.[/]");
                break;
            case PairingPhase.RequestingCode:
                _console.MarkupLine("[grey]Asking the authorization server for a code…[/]");
                break;
            case PairingPhase.ShowingCode when newCode:
                ShowCode(state, nowMs);
                break;
            case PairingPhase.ShowingCode:
                ShowTrouble(state);
                break;
            default:
                // The panel's own words.
                string colour = state.Phase == PairingPhase.Authorized ? "green" : "red";
                string hint = PairingWords.Hint(state) is { } press ? "  [grey]" + Markup.Escape(press) + " (Enter).[/]" : string.Empty;
                _console.MarkupLine("[" + colour + " bold]" + Markup.Escape(PairingWords.Sentence(state, _preset)) + ".[/]" + hint);
                break;
        }

        return true;
    }

    private void ShowCode(PairingState state, long nowMs)
    {
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow(new Markup("[grey]Open[/]"), new Markup("[link]" + Markup.Escape(state.VerificationUri) + "[/]"));
        grid.AddRow(new Markup("[grey]Enter[/]"), new Markup("[bold yellow]" + Markup.Escape(state.UserCode) + "[/]"));
        if (state.VerificationUriComplete is not null)
        {
            grid.AddRow(new Markup("[grey]or open[/]"), new Markup("[link]" + Markup.Escape(state.VerificationUriComplete) + "[/]"));
        }

        grid.AddRow(new Markup("[grey]Valid for[/]"), new Markup(state.SecondsLeft(nowMs) + " s, polling every " + (state.IntervalMs / 1000) + " s"));
        _console.Write(new Panel(grid).Header("Pair this device").Border(BoxBorder.Rounded));
    }

    private void ShowTrouble(PairingState state)
    {
        switch (state.Trouble)
        {
            case PairingTrouble.SlowedDown:
                _console.MarkupLine("[yellow]The server asked to slow down: polling every " + (state.IntervalMs / 1000) + " s.[/]");
                break;
            case PairingTrouble.Network:
                _console.MarkupLine("[yellow]No answer (" + Markup.Escape(state.Reason ?? "network") + "); trying again later.[/]");
                break;
            default:
                _console.MarkupLine("[grey]Waiting for approval…[/]");
                break;
        }
    }
}
