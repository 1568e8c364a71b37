using System.Linq;
using DeviceFlow.Core.Firmware;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Readings;
using DeviceFlow.Testing;

namespace DeviceFlow.Device.Tests;

/// <summary>
/// The firmware's composition root (what the board's Program.cs runs) on a board in virtual time: what each
/// setup fault puts on the panel, and the retries a person can watch.
/// </summary>
public class FirmwareTests
{
    private const string Endpoints = "\"device_authorization_endpoint\":\"https://id.example/device\",\"token_endpoint\":\"https://id.example/token\"";

    private static FakeBoard Board(string configJson, params ButtonPress[] presses)
    {
        var board = new FakeBoard(presses);
        board.Files[DeviceFirmware.ConfigPath] = configJson;
        return board;
    }

    [Fact]
    public void Without_config_json_the_panel_says_what_to_upload_and_the_run_halts()
    {
        var board = new FakeBoard();

        string? halted = new DeviceFirmware(board).Run(1);

        Assert.Equal("CONFIG ERROR: config.json: missing on I:\\ (upload it with tools/flash)", halted);
        Assert.Equal(OledRecorder.Expected((s, f) => s.Message(f, "CONFIG ERROR", "config.json: missing on I:\\ (upload it with tools/flash)", "Fix config.json")), board.Panel.LastFrame);
        Assert.Empty(board.Server.Sent);
    }

    [Fact]
    public void Client_auth_basic_without_a_secret_halts_on_a_config_error_before_any_request()
    {
        FakeBoard board = Board("{\"client_id\":\"sensor\",\"client_auth\":\"basic\"," + Endpoints + "}");

        string? halted = new DeviceFirmware(board).Run(1);

        Assert.Equal("CONFIG ERROR: client_auth: basic needs a client_secret", halted);
        Assert.Contains("CONFIG ERROR: client_auth: basic needs a client_secret [Fix config.json]", board.Watcher.Notices);
        Assert.Empty(board.Server.Sent);
    }

    [Fact]
    public void A_missing_root_ca_file_and_an_unreadable_one_each_halt_on_a_screen_naming_the_file()
    {
        FakeBoard missing = Board("{\"client_id\":\"sensor\",\"root_ca_file\":\"I:\\\\ca.pem\"," + Endpoints + "}");
        FakeBoard unreadable = Board("{\"client_id\":\"sensor\",\"root_ca_file\":\"I:\\\\ca.pem\"," + Endpoints + "}");
        unreadable.Files["I:\\ca.pem"] = "not a certificate";
        unreadable.TransportProblem = "not a PEM certificate";

        Assert.Equal("NO ROOT CA: I:\\ca.pem is not on the board", new DeviceFirmware(missing).Run(1));
        Assert.Equal("ROOT CA: I:\\ca.pem: not a PEM certificate", new DeviceFirmware(unreadable).Run(1));
        Assert.Equal("not a certificate", unreadable.OpenedWithPem);
        Assert.Equal(OledRecorder.Expected((s, f) => s.Message(f, "ROOT CA", "I:\\ca.pem: not a PEM certificate", "Fix the PEM file")), unreadable.Panel.LastFrame);
    }

    [Fact]
    public void Discovery_that_cannot_connect_is_retried_five_times_on_the_panel_then_waits_for_a_press()
    {
        FakeBoard board = Board("{\"client_id\":\"sensor\",\"issuer\":\"https://id.example\"}", ButtonPress.Short);
        board.Server.Fallback = _ => HttpResult.Failure(TransportOutcome.ConnectionFailed, "TLS handshake refused (certificate not trusted?)");

        // After the press come five more tries, then the board waits for another press: the scripted user has none.
        Assert.Throws<NoMorePressesException>(() => new DeviceFirmware(board).Run(1));

        const string Said = "DISCOVERY: metadata: cannot connect (TLS handshake refused (certificate not trusted?))";
        string[] round = [Said + " [Try 2 of 5 in 2 s]", Said + " [Try 3 of 5 in 4 s]", Said + " [Try 4 of 5 in 8 s]", Said + " [Try 5 of 5 in 16 s]", Said + " [Press to retry]"];
        Assert.Equal([.. round, .. round], board.Watcher.Notices);
        Assert.Equal(10, board.Server.Sent.Count);
        Assert.Equal(2 * (2 + 4 + 8 + 16) * 1000 + (10 * 200), board.Time.MonotonicMilliseconds);
        Assert.Equal(OledRecorder.Expected((s, f) => s.Message(f, "DISCOVERY", "metadata: cannot connect (TLS handshake refused (certificate not trusted?))", "Press to retry")), board.Panel.LastFrame);
    }

    [Fact]
    public void An_entra_error_reaches_the_panel_as_the_presets_hint_read_from_its_error_description()
    {
        FakeBoard board = Board("{\"provider\":\"entra\",\"client_id\":\"00000000-0000-0000-0000-000000000000\",\"pair_on_first_boot\":true}");
        board.Server.ThenJson(400, OAuthJson.Error("invalid_client", "\"error_description\":\"AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.\""));

        // The first boot pairs by itself; after the failure the board waits for a press, and the test ends there.
        Assert.Throws<NoMorePressesException>(() => new DeviceFirmware(board).Run(1));

        Assert.Equal(PairingPhase.Failed, board.Watcher.States.Last().Phase);
        Assert.Equal(OledRecorder.Expected((s, f) => s.Message(f, "REFUSED", "Entra: turn on Allow public client flows", "Press to retry")), board.Panel.LastFrame);
    }

    [Fact]
    public void Without_a_readings_url_each_reading_goes_to_the_log_with_its_values()
    {
        FakeBoard board = Board("{\"client_id\":\"sensor\",\"pair_on_first_boot\":true,\"sensor\":{\"interval_seconds\":5}," + Endpoints + "}");
        board.Server.ThenJson(200, OAuthJson.DeviceAuthorization(interval: 5)).ThenJson(200, OAuthJson.Tokens());

        Assert.Null(new DeviceFirmware(board).Run(2));

        Assert.Equal([ReadingOutcome.Logged, ReadingOutcome.Logged], board.Watcher.Readings.Select(r => r.Outcome));
        Assert.Equal(2, board.Server.Sent.Count);
        Assert.Contains(board.Recorded.Lines, l => l.StartsWith("info: sensor: reading 2 not sent: config.json has no sensor.readings_url ({\"reading\":2,\"uptime_s\":", System.StringComparison.Ordinal));
    }
}
