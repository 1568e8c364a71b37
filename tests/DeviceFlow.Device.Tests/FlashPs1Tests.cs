using System;
using System.IO;
using System.Linq;
using System.Runtime.Versioning;
using System.Text.Json;
using DeviceFlow.Testing;

namespace DeviceFlow.Device.Tests;

/// <summary>Restores the repository's local tools once (.config/dotnet-tools.json: the PowerShell global tool).</summary>
[UnsupportedOSPlatform("windows")]
public sealed class LocalPowerShell
{
    public LocalPowerShell()
    {
        using var nanoff = new FakeNanoff();
        var (exit, output, error) = nanoff.Run(Dotnet, ["tool", "restore"], RepoRoot.Path, null, Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin");
        Assert.True(exit == 0, "dotnet tool restore failed: " + output + error);
    }

    /// <summary>The dotnet that runs the tests (set by the CLI for child processes), else the one on PATH.</summary>
    public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
}

/// <summary>
/// tools/flash/flash.ps1, run by PowerShell 7 (the local dotnet tool) against the same fake nanoff as flash.sh:
/// same commands, same nanoff calls, same deployment files.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class FlashPs1Tests : IClassFixture<LocalPowerShell>, IDisposable
{
    private readonly FakeNanoff _nanoff = new();

    public void Dispose() => _nanoff.Dispose();

    private (int Exit, string Out, string Err) Run(string[] arguments, string? wifiPassword = null)
        => _nanoff.Run(LocalPowerShell.Dotnet, ["tool", "run", "pwsh", "-NoProfile", "-NonInteractive", "-File", Path.Combine(RepoRoot.Path, "tools", "flash", "flash.ps1"), .. arguments],
            RepoRoot.Path, wifiPassword, _nanoff.Bin + ":" + Environment.GetEnvironmentVariable("PATH"));

    [Fact]
    public void Ports_and_firmware_call_nanoff_as_the_bash_script_does()
    {
        Assert.Equal(0, Run(["ports"]).Exit);
        Assert.Equal(0, Run(["firmware", "-Port", "COM5"]).Exit);
        Assert.Equal(0, Run(["firmware", "-Port", "COM5", "-Target", "ESP32_C3", "-MassErase"]).Exit);
        Assert.Equal(
            ["CALL [--listports]",
             "CALL [--update] [--target] [ESP32_PSRAM_REV0] [--fwversion] [1.17.0.27] [--serialport] [COM5]",
             "CALL [--update] [--target] [ESP32_C3] [--fwversion] [1.17.0.27] [--serialport] [COM5] [--masserase]"],
            _nanoff.Calls());
    }

    [Fact]
    public void Firmware_moves_to_another_version_only_when_asked()
    {
        Assert.Equal(0, Run(["firmware", "-Port", "COM5", "-FwVersion", "1.17.0.40"]).Exit);
        Assert.Equal(["CALL [--update] [--target] [ESP32_PSRAM_REV0] [--fwversion] [1.17.0.40] [--serialport] [COM5]"], _nanoff.Calls());
    }

    [Fact]
    public void Deploy_sends_the_image_by_absolute_path()
    {
        string image = _nanoff.Touch("App.bin");
        Assert.Equal(0, Run(["deploy", "-Port", "COM5", "-Image", image]).Exit);
        Assert.Equal([$"CALL [--target] [ESP32_PSRAM_REV0] [--serialport] [COM5] [--deploy] [--image] [{image}]"], _nanoff.Calls());
    }

    [Fact]
    public void Files_writes_the_same_deployment_file_and_removes_it()
    {
        string config = _nanoff.Touch("my config.json", "{}");
        string ca = _nanoff.Touch("ca.pem");
        Assert.Equal(0, Run(["files", "-Port", "COM7", "-Config", config, "-Ca", ca]).Exit);

        JsonElement json = _nanoff.DeployedJson();
        Assert.Equal("COM7", json.GetProperty("SerialPort").GetString());
        JsonElement[] files = json.GetProperty("Files").EnumerateArray().ToArray();
        Assert.Equal(("I:\\config.json", config), (files[0].GetProperty("DestinationFilePath").GetString(), files[0].GetProperty("SourceFilePath").GetString()));
        Assert.Equal(("I:\\ca.pem", ca), (files[1].GetProperty("DestinationFilePath").GetString(), files[1].GetProperty("SourceFilePath").GetString()));
        string deployed = _nanoff.Calls().Single().Split('[').Last().TrimEnd(']');
        Assert.False(File.Exists(deployed), "the deployment file is removed after nanoff ran");
    }

    [Fact]
    public void Network_keeps_the_password_off_the_command_line()
    {
        var (exit, output, _) = Run(["network", "-Port", "COM7", "-Ssid", "Home Net"], wifiPassword: "pa\"ss\\word");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("pa\"ss", _nanoff.Calls().Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("pa\"ss", output, StringComparison.Ordinal);
        JsonElement client = _nanoff.DeployedJson().GetProperty("WirelessClient");
        Assert.Equal(("Home Net", "pa\"ss\\word"), (client.GetProperty("SSID").GetString(), client.GetProperty("Password").GetString()));
    }

    [Fact]
    public void Mistakes_exit_with_2_and_call_nothing()
    {
        var (exit, _, error) = Run(["firmware"]);
        Assert.Equal(2, exit);
        Assert.Contains("firmware needs -Port", error, StringComparison.Ordinal);
        Assert.Equal(2, Run(["network", "-Port", "COM7", "-Ssid", "Home"]).Exit);
        Assert.Equal(2, Run(["deploy", "-Port", "COM5", "-Image", "/nonexistent/App.bin"]).Exit);
        Assert.Empty(_nanoff.Calls());
    }

    [Fact]
    public void A_failing_nanoff_stops_the_sequence_with_its_exit_code()
    {
        _nanoff.FailWith(3);
        Assert.Equal(3, Run(["all", "-Port", "COM5", "-Image", _nanoff.Touch("App.bin")]).Exit);
        Assert.Single(_nanoff.Calls());
    }
}
