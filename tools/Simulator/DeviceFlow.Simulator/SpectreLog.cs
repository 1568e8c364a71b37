using DeviceFlow.Core.Ports;
using Spectre.Console;

namespace DeviceFlow.Simulator;

/// <summary>The firmware's log in the terminal, dimmed. The core never hands it a secret.</summary>
internal sealed class SpectreLog : ILog
{
    private readonly IAnsiConsole _console;
    private readonly bool _verbose;

    public SpectreLog(IAnsiConsole console, bool verbose)
    {
        _console = console;
        _verbose = verbose;
    }

    public void Info(string message)
    {
        if (_verbose)
        {
            _console.MarkupLine("[grey]  log: " + Markup.Escape(message) + "[/]");
        }
    }

    public void Warn(string message)
    {
        _console.MarkupLine("[yellow]  log: " + Markup.Escape(message) + "[/]");
    }
}
