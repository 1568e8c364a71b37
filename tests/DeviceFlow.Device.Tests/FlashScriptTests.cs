using System;
using System.IO;
using System.Linq;
using System.Runtime.Versioning;
using System.Text.Json;
using DeviceFlow.Testing;

namespace DeviceFlow.Device.Tests;

/// <summary>tools/flash/flash.sh against a fake nanoff on PATH that records its arguments and the JSON files it is given.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class FlashScriptTests : IDisposable
{
    private readonly FakeNanoff _nanoff = new();

    public void Dispose() => _nanoff.Dispose();

    private (int Exit, string Out, string Err) Run(string arguments, string? wifiPassword = null, bool withNanoff = true)
        => Run(arguments.Split(' '), wifiPassword, withNanoff);

    private (int Exit, string Out, string Err) Run(string[] arguments, string? wifiPassword = null, bool withNanoff = true)
        => _nanoff.Run("bash", [Path.Combine(RepoRoot.Path, "tools", "flash", "flash.sh"), .. arguments], _nanoff.Dir, wifiPassword,
            (withNanoff ? _nanoff.Bin + ":" : string.Empty) + "/usr/bin:/bin");

    private string[] Calls() => _nanoff.Calls();

    private JsonElement DeployedJson() => _nanoff.DeployedJson();

    private string Touch(string name, string content = "x") => _nanoff.Touch(name, content);

    [Fact]
    public void Ports_lists_serial_ports()
    {
        Assert.Equal(0, Run("ports").Exit);
        Assert.Equal(["CALL [--listports]"], Calls());
    }

    [Fact]
    public void Firmware_defaults_to_the_target_that_runs_on_every_esp32()
    {
        Assert.Equal(0, Run("firmware --port /dev/ttyUSB0").Exit);
        Assert.Equal(["CALL [--update] [--target] [ESP32_PSRAM_REV0] [--fwversion] [1.17.0.27] [--serialport] [/dev/ttyUSB0]"], Calls());
    }

    [Fact]
    public void Firmware_takes_a_chosen_target_and_mass_erase()
    {
        Assert.Equal(0, Run("firmware --port COM5 --target ESP32_C3 --masserase").Exit);
        Assert.Equal(["CALL [--update] [--target] [ESP32_C3] [--fwversion] [1.17.0.27] [--serialport] [COM5] [--masserase]"], Calls());
    }

    [Fact]
    public void Firmware_moves_to_another_version_only_when_asked()
    {
        Assert.Equal(0, Run("firmware --port COM5 --fwversion 1.17.0.40").Exit);
        Assert.Equal(["CALL [--update] [--target] [ESP32_PSRAM_REV0] [--fwversion] [1.17.0.40] [--serialport] [COM5]"], Calls());
    }

    [Fact]
    public void Both_scripts_pin_the_same_firmware()
    {
        string bash = File.ReadAllText(Path.Combine(RepoRoot.Path, "tools", "flash", "flash.sh"));
        string ps1 = File.ReadAllText(Path.Combine(RepoRoot.Path, "tools", "flash", "flash.ps1"));
        string pinned = System.Text.RegularExpressions.Regex.Match(bash, "PINNED_FIRMWARE=\"([0-9.]+)\"").Groups[1].Value;
        Assert.Equal("1.17.0.27", pinned);
        Assert.Contains("[string]$FwVersion = '" + pinned + "'", ps1, StringComparison.Ordinal);
    }

    [Fact]
    public void Deploy_sends_the_app_image_by_absolute_path()
    {
        string image = Touch("App.bin");
        Assert.Equal(0, Run("deploy --port COM5 --image App.bin").Exit);
        Assert.Equal([$"CALL [--target] [ESP32_PSRAM_REV0] [--serialport] [COM5] [--deploy] [--image] [{image}]"], Calls());
    }

    [Fact]
    public void Deploy_without_a_build_explains_what_to_do_and_calls_nothing()
    {
        var (exit, _, error) = Run("deploy --port COM5 --image missing.bin");
        Assert.Equal(2, exit);
        Assert.Contains("build DeviceFlowFirmware in Release", error, StringComparison.Ordinal);
        Assert.Empty(Calls());
    }

    [Fact]
    public void Files_uploads_config_and_ca_to_drive_I_with_a_generated_deployment_file()
    {
        string config = Touch("my config.json", "{}");
        string ca = Touch("root\"ca.pem");
        Assert.Equal(0, Run(["files", "--port", "COM7", "--config", "my config.json", "--ca", "root\"ca.pem"]).Exit);

        string call = Assert.Single(Calls());
        Assert.StartsWith("CALL [--serialport] [COM7] [--filedeployment] [", call, StringComparison.Ordinal);
        JsonElement json = DeployedJson();
        Assert.Equal("COM7", json.GetProperty("SerialPort").GetString());
        JsonElement[] files = json.GetProperty("Files").EnumerateArray().ToArray();
        Assert.Equal(("I:\\config.json", config), (files[0].GetProperty("DestinationFilePath").GetString(), files[0].GetProperty("SourceFilePath").GetString()));
        Assert.Equal(("I:\\ca.pem", ca), (files[1].GetProperty("DestinationFilePath").GetString(), files[1].GetProperty("SourceFilePath").GetString()));
        Assert.Empty(Directory.GetFiles(_nanoff.Dir, "deviceflow-nanoff.*"));
    }

    [Fact]
    public void Network_stores_wifi_credentials_without_putting_the_password_on_the_command_line()
    {
        string ca = Touch("ca.pem");
        var (exit, output, _) = Run(["network", "--port", "COM7", "--ssid", "Home Net", "--ca", "ca.pem"], wifiPassword: "pa\"ss\\word");

        Assert.Equal(0, exit);
        string call = Assert.Single(Calls());
        Assert.DoesNotContain("pa\"ss", call, StringComparison.Ordinal);
        Assert.DoesNotContain("pa\"ss", output, StringComparison.Ordinal);
        JsonElement json = DeployedJson();
        Assert.Equal("Home Net", json.GetProperty("WirelessClient").GetProperty("SSID").GetString());
        Assert.Equal("pa\"ss\\word", json.GetProperty("WirelessClient").GetProperty("Password").GetString());
        Assert.Equal(ca, json.GetProperty("CACertificatesPath").GetString());
        Assert.Empty(Directory.GetFiles(_nanoff.Dir, "deviceflow-nanoff.*"));
    }

    [Fact]
    public void Network_refuses_to_run_without_the_password_variable()
    {
        var (exit, _, error) = Run("network --port COM7 --ssid Home");
        Assert.Equal(2, exit);
        Assert.Contains("WIFI_PASSWORD", error, StringComparison.Ordinal);
        Assert.Empty(Calls());
    }

    [Fact]
    public void All_flashes_then_deploys_then_uploads()
    {
        Touch("App.bin");
        Touch("config.json", "{}");
        Assert.Equal(0, Run("all --port COM5 --image App.bin --config config.json").Exit);
        string[] calls = Calls();
        Assert.Equal(3, calls.Length);
        Assert.StartsWith("CALL [--update]", calls[0], StringComparison.Ordinal);
        Assert.Contains("[--deploy]", calls[1], StringComparison.Ordinal);
        Assert.Contains("[--filedeployment]", calls[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_nanoff_stops_the_sequence_with_its_exit_code()
    {
        Touch("App.bin");
        _nanoff.FailWith(3);
        Assert.Equal(3, Run("all --port COM5 --image App.bin").Exit);
        Assert.Single(Calls());
    }

    [Theory]
    [InlineData("firmware", "firmware needs --port")]
    [InlineData("deploy --port", "--port needs a value")]
    [InlineData("flashit --port COM1", "unknown command flashit")]
    [InlineData("firmware --port COM1 --speed 9", "unknown option --speed")]
    public void Mistakes_are_explained(string arguments, string message)
    {
        var (exit, _, error) = Run(arguments);
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Empty(Calls());
    }

    [Fact]
    public void A_missing_nanoff_says_how_to_install_it()
    {
        var (exit, _, error) = Run("ports", withNanoff: false);
        Assert.Equal(2, exit);
        Assert.Contains("dotnet tool install -g nanoff", error, StringComparison.Ordinal);
    }
}
