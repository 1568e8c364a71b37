using System.Collections;
using DeviceFlow.Core.Ports;
using DeviceFlow.Host;

namespace DeviceFlow.Drivers.Json;

/// <summary>
/// Host stand-in for the device's nanoFramework.Json parser port: the host parser that gives nanoFramework.Json's
/// shapes. On the board, tests/NFUnitTest runs against the real one.
/// </summary>
public sealed class NanoJsonParser : IJsonParser
{
    private readonly SystemTextJsonParser _parser = new();

    public Hashtable ParseObject(string json) => string.IsNullOrEmpty(json) ? null : _parser.ParseObject(json);
}
