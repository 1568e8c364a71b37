using DeviceFlow.Core.Ports;
using Spectre.Console;

namespace DeviceFlow.Simulator;

/// <summary>The firmware's log in the terminal, dimmed. The core never hands it a secret.</summary>
internal sealed class SpectreLog : ILog
{
    private readonly bool _verbose;

    public SpectreLog(bool verbose)
    {
        _verbose = verbose;
    }

    public void Info(string message)
    {
        if (_verbose)
        {
            AnsiConsole.MarkupLine("[grey]  log: " + Markup.Escape(message) + "[/]");
        }
    }

    public void Warn(string message)
    {
        AnsiConsole.MarkupLine("[yellow]  log: " + Markup.Escape(message) + "[/]");
    }
}
