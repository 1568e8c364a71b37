using System;
using System.IO;
using DeviceFlow.Host;
using DeviceFlow.Testing;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>The PC as the board: its I:\ drive is a folder, and HTTPS opens as the board's would, reporting a bad CA.</summary>
public sealed class PcBoardTests : IDisposable
{
    private readonly string _flash = Path.Combine(Path.GetTempPath(), "deviceflow-pcboard-" + Guid.NewGuid().ToString("N"));

    private PcBoard Board() => new(_flash, new OledRecorder(), new IdleButton(new VirtualTime()), new RecordingLog(), new SystemClock(), null);

    [Fact]
    public void Files_on_the_simulated_drive_are_read_as_the_board_reads_I_and_nothing_outside_it()
    {
        PcBoard.Upload(_flash, "config.json", "{}");
        using PcBoard board = Board();

        Assert.Equal("{}", board.ReadFile("I:\\config.json"));
        Assert.Null(board.ReadFile("I:\\missing.pem"));
        Assert.Null(board.ReadFile("C:\\config.json"));
        Assert.Null(board.ReadFile("I:\\..\\config.json"));
        Assert.Null(board.ReadFile("I:\\deviceflow\\tokens.a"));
    }

    [Fact]
    public void A_root_ca_that_is_not_pem_is_a_problem_not_an_exception()
    {
        using PcBoard board = Board();

        Assert.Null(board.OpenTransport("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", 10, out string? problem));
        Assert.Equal("not a PEM certificate", problem);
        Assert.NotNull(board.OpenTransport(null, 10, out string? none));
        Assert.Null(none);
    }

    public void Dispose()
    {
        if (Directory.Exists(_flash))
        {
            Directory.Delete(_flash, recursive: true);
        }
    }
}
