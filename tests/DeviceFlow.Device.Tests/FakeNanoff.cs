using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.Versioning;
using System.Text.Json;

namespace DeviceFlow.Device.Tests;

/// <summary>
/// A temporary folder with a fake nanoff in bin/: it appends one line per call with its arguments to a log, then
/// the content of any deployment JSON file it was handed (the scripts delete those files right after).
/// </summary>
[UnsupportedOSPlatform("windows")]
internal sealed class FakeNanoff : IDisposable
{
    private const string Script = """
        #!/usr/bin/env bash
        printf 'CALL' >> "$NANOFF_LOG"; for a in "$@"; do printf ' [%s]' "$a" >> "$NANOFF_LOG"; done; echo >> "$NANOFF_LOG"
        prev=""; for a in "$@"; do
          if [ "$prev" = "--filedeployment" ] || [ "$prev" = "--networkdeployment" ]; then cat "$a" >> "$NANOFF_LOG"; echo >> "$NANOFF_LOG"; fi
          prev="$a"
        done
        exit "${NANOFF_EXIT:-0}"
        """;

    private readonly string _log;
    private int _exitCode;

    public FakeNanoff()
    {
        Dir = Directory.CreateTempSubdirectory("flash-test-").FullName;
        Bin = Path.Combine(Dir, "bin");
        _log = Path.Combine(Dir, "nanoff.log");
        Directory.CreateDirectory(Bin);
        string fake = Path.Combine(Bin, "nanoff");
        File.WriteAllText(fake, Script.Replace("\r\n", "\n") + "\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public string Dir { get; }

    public string Bin { get; }

    public void Dispose() => Directory.Delete(Dir, recursive: true);

    /// <summary>Every later call of the fake exits with this code.</summary>
    public void FailWith(int exitCode) => _exitCode = exitCode;

    public (int Exit, string Out, string Err) Run(string program, string[] arguments, string workingDirectory, string? wifiPassword, string path)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PATH"] = path;
        start.Environment["NANOFF_LOG"] = _log;
        start.Environment["NANOFF_EXIT"] = _exitCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["TMPDIR"] = Dir;
        start.Environment.Remove("WIFI_PASSWORD");
        if (wifiPassword != null)
        {
            start.Environment["WIFI_PASSWORD"] = wifiPassword;
        }

        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error);
    }

    public string[] Calls() => File.Exists(_log) ? File.ReadAllLines(_log).Where(l => l.StartsWith("CALL", StringComparison.Ordinal)).ToArray() : [];

    /// <summary>The one deployment JSON handed to nanoff so far.</summary>
    public JsonElement DeployedJson()
        => JsonDocument.Parse(string.Join('\n', File.ReadAllLines(_log).Where(l => !l.StartsWith("CALL", StringComparison.Ordinal)))).RootElement;

    public string Touch(string name, string content = "x")
    {
        string path = Path.Combine(Dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
