using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DeviceFlow.Core.Firmware;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Readings;

namespace DeviceFlow.Host;

/// <summary>
/// The PC as the firmware's platform, for the simulator and the end-to-end tests: the board's I:\ drive is a
/// folder (config.json and the root CA are files in it, the firmware's blobs in its deviceflow folder, as on the
/// board), HTTPS trusts the configured root CA or the system's roots, the network is always up and there is no
/// deep sleep. The display, the button and the observer are the caller's.
/// </summary>
public sealed class PcBoard : IBoard, IDisposable
{
    /// <summary>The board's drive letter; see <see cref="DeviceFirmware.ConfigPath"/>.</summary>
    private const string Drive = "I:\\";

    private readonly string _flashFolder;
    private readonly IDisplay _display;
    private readonly IButton _button;
    private readonly List<HttpsTransport> _opened = [];

    public PcBoard(string flashFolder, IDisplay display, IButton button, ILog log, SystemClock clock, IRunObserver? observer)
    {
        _flashFolder = flashFolder;
        _display = display;
        _button = button;
        Log = log;
        Clock = clock;
        Waiter = clock;
        Observer = observer;
        Storage = new FileStorage(Path.Combine(flashFolder, "deviceflow"));
    }

    public ILog Log { get; }

    public IClock Clock { get; }

    public IWaiter Waiter { get; }

    public IPower Power { get; } = new PcPower();

    public IRandomSource Random { get; init; } = new SystemRandomSource();

    public IStorage Storage { get; }

    public IReadingSource Sensor { get; } = new ProcessHeapSensor();

    public IRunObserver? Observer { get; }

    /// <summary>Puts a file on the PC's "I:\" as tools/flash uploads one to the board.</summary>
    public static void Upload(string flashFolder, string name, string text)
    {
        Directory.CreateDirectory(flashFolder);
        File.WriteAllText(Path.Combine(flashFolder, name), text);
    }

    public string? ReadFile(string path)
    {
        if (!path.StartsWith(Drive, StringComparison.OrdinalIgnoreCase) || path.IndexOf('\\', Drive.Length) >= 0)
        {
            return null;
        }

        string file = Path.Combine(_flashFolder, path[Drive.Length..]);
        return File.Exists(file) ? File.ReadAllText(file) : null;
    }

    public IDisplay OpenDisplay(int sdaPin, int sclPin, int address, out string? problem)
    {
        problem = null;
        return _display;
    }

    public IButton OpenButton(int pin, int longPressMs, out string? problem)
    {
        problem = null;
        return _button;
    }

    public IWifiLink OpenWifi(string ssid, string password) => new PcNetwork();

    public IHttpTransport? OpenTransport(string? rootCaPem, int timeoutSeconds, out string? problem)
    {
        problem = null;
        TimeSpan timeout = TimeSpan.FromSeconds(timeoutSeconds);
        if (rootCaPem is null)
        {
            return Keep(HttpsTransport.TrustingSystemRoots(timeout));
        }

        try
        {
            return Keep(HttpsTransport.TrustingOnly(X509Certificate2.CreateFromPem(rootCaPem), timeout));
        }
        catch (CryptographicException)
        {
            problem = "not a PEM certificate";
            return null;
        }
    }

    public void Dispose()
    {
        foreach (HttpsTransport transport in _opened)
        {
            transport.Dispose();
        }
    }

    private HttpsTransport Keep(HttpsTransport transport)
    {
        _opened.Add(transport);
        return transport;
    }

    /// <summary>The PC is online before the firmware starts.</summary>
    private sealed class PcNetwork : IWifiLink
    {
        public bool IsUp => true;

        public string? LastProblem => null;

        public bool TryConnect(int timeoutMilliseconds) => true;
    }

    /// <summary>A PC is always a fresh power-on, and the simulator's config.json never asks for deep sleep.</summary>
    private sealed class PcPower : IPower
    {
        public WakeCause WakeCause => WakeCause.PowerOn;

        public void DeepSleep(int seconds) => throw new NotSupportedException("the simulator stays awake between readings (sensor.deep_sleep is false)");
    }

    /// <summary>The PC's nearest to the board's free-memory reading: the simulator's own managed heap.</summary>
    private sealed class ProcessHeapSensor : IReadingSource
    {
        public void Measure(Reading reading) => reading.Add("managed_heap_bytes", GC.GetTotalMemory(forceFullCollection: false));
    }
}
