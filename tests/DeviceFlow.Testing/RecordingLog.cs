using System.Collections.Generic;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Testing;

/// <summary>Keeps every log line so tests can assert on them, and that no secret ever reached the log.</summary>
public sealed class RecordingLog : ILog
{
    public List<string> Lines { get; } = new();

    public void Info(string message) => Lines.Add("info: " + message);

    public void Warn(string message) => Lines.Add("warn: " + message);

    public string All => string.Join('\n', Lines);
}
