using DeviceFlow.Core.Firmware;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Providers;
using DeviceFlow.Core.Readings;
using Spectre.Console;

namespace DeviceFlow.Simulator;

/// <summary>
/// The firmware's run in the terminal: whatever the panel shows next is said in a line of text, and whenever that
/// means something new, the panel itself follows (<see cref="OledTerminal"/>, the same 1024 bytes).
/// </summary>
internal sealed class TerminalWatcher : IRunObserver
{
    private readonly OledTerminal _oled;
    private readonly IAnsiConsole _console;
    private readonly PairingText _pairingText;
    private readonly StatusText _statusText;
    private bool _sawPairing;
    private bool _saidWhereTokensCameFrom;

    public TerminalWatcher(OledTerminal oled, IAnsiConsole console, ProviderPreset? preset)
    {
        _oled = oled;
        _console = console;
        _pairingText = new PairingText(console, preset);
        _statusText = new StatusText(console);
    }

    public void Changed(PairingState state, long nowMs)
    {
        _sawPairing = true;
        if (_pairingText.Describe(state, nowMs))
        {
            _oled.Print();
        }
    }

    public void Changed(LifecycleStatus status)
    {
        if (_statusText.Describe(status))
        {
            _oled.Print();
        }

        if (status.Phase == LifecyclePhase.Ready && !_saidWhereTokensCameFrom)
        {
            _saidWhereTokensCameFrom = true;
            _console.MarkupLine(_sawPairing
                ? "[green]Tokens stored in flash.[/]"
                : "[green]Tokens found in flash: pairing skipped.[/] [grey](a long press, r, pairs again)[/]");
        }
    }

    /// <summary>The firmware's own notices are warnings in its log already (shown in yellow): here only the panel follows.</summary>
    public void Said(string title, string body, string? hint)
    {
        _oled.Print();
    }

    public void ReadingDone(int number, string body, ReadingOutcome outcome, string? detail)
    {
        string what = outcome switch
        {
            ReadingOutcome.Accepted => "[green]accepted[/]",
            ReadingOutcome.Refused => "[yellow]refused (401): refreshing the token once[/]",
            ReadingOutcome.Logged => "[grey]logged only (no readings URL)[/]",
            ReadingOutcome.NoToken => "[red]not sent: no usable access token[/]",
            _ => "[red]lost[/]",
        };
        _console.MarkupLine("Reading " + number + " " + Markup.Escape(body) + " → " + what + (detail is null || outcome == ReadingOutcome.Logged ? string.Empty : " [grey](" + Markup.Escape(detail) + ")[/]"));
    }
}
