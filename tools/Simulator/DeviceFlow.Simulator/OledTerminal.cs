using System;
using System.IO;
using DeviceFlow.Core.Display;
using DeviceFlow.Core.Ports;
using DeviceFlow.Host.Display;
using Spectre.Console;

namespace DeviceFlow.Simulator;

/// <summary>
/// The SSD1306 on this PC: every distinct frame the core pushes is saved as a PNG (frames/frame-NNNN.png in the
/// data folder), and <see cref="Print"/> draws the current one in the terminal with half blocks — the same bytes
/// the panel would get.
/// </summary>
internal sealed class OledTerminal : IDisplay
{
    private const int PngScale = 4;

    /// <summary>128 pixel columns plus the border.</summary>
    private const int TerminalColumnsNeeded = Frame.Width + 2;

    private readonly IAnsiConsole _console;
    private readonly string _folder;
    private readonly byte[] _current = new byte[Frame.ByteCount];
    private byte[]? _saved;
    private byte[]? _printed;
    private bool _printedOff;
    private int _saves;
    private bool _on = true;
    private bool _toldTooNarrow;

    public OledTerminal(string folder, IAnsiConsole console)
    {
        _console = console;
        _folder = folder;
        Directory.CreateDirectory(folder);

        // Frames are numbered from 1 each run: an older run's later frames would pass for this run's last one.
        foreach (string old in Directory.GetFiles(folder, "frame-*.png"))
        {
            File.Delete(old);
        }
    }

    public string Folder => _folder;

    public void Show(byte[] frame)
    {
        Array.Copy(frame, _current, Frame.ByteCount);
        if (_saved is not null && _saved.AsSpan().SequenceEqual(frame))
        {
            return;
        }

        _saved = (byte[])frame.Clone();
        _saves++;
        FramePng.Save(frame, Path.Combine(_folder, "frame-" + _saves.ToString("D4") + ".png"), PngScale);
    }

    /// <summary>Switching off is a change worth showing at once: it is how pairing ends (nothing is drawn after it).</summary>
    public void SetPower(bool on)
    {
        _on = on;
        if (!on)
        {
            Print();
        }
    }

    /// <summary>The last frame saved as a PNG, or null when none was.</summary>
    public string? LastSaved => _saves == 0 ? null : Path.Combine(_folder, "frame-" + _saves.ToString("D4") + ".png");

    /// <summary>Draws the panel as it is now (or says it is off), unless the terminal already shows exactly that.</summary>
    public void Print()
    {
        if (_on ? _printed is not null && _printed.AsSpan().SequenceEqual(_current) : _printedOff)
        {
            return;
        }

        _printed = _on ? (byte[])_current.Clone() : null;
        _printedOff = !_on;
        if (!_on)
        {
            _console.MarkupLine("[grey]OLED: off (paired and idle; nothing left to read off the panel)[/]");
            return;
        }

        if (_console.Profile.Out.IsTerminal && _console.Profile.Width < TerminalColumnsNeeded)
        {
            if (!_toldTooNarrow)
            {
                _console.MarkupLine("[grey]OLED: widen the terminal to " + TerminalColumnsNeeded + " columns to see it here; frames are saved in " + Markup.Escape(_folder) + "[/]");
                _toldTooNarrow = true;
            }

            return;
        }

        _console.Profile.Out.Writer.Write(FrameTerminal.Render(_current));
    }
}
