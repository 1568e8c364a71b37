using BenchmarkDotNet.Attributes;
using DeviceFlow.Core.Display;
using DeviceFlow.Core.Pairing;

namespace DeviceFlow.Benchmarks;

/// <summary>
/// Cost of drawing the show-code screen on the host, against a baseline of the same screen without a QR code.
/// "Fresh QR" encodes the URI every time (a new code); "cached QR" is the redraw at every poll, which reuses
/// the symbol. Bytes allocated matter most: the device has about 80–110 KB of managed heap.
/// </summary>
[MemoryDiagnoser]
public class ShowCodeBenchmarks
{
    private const string Code = "WDJB-MJHT";
    private const string Uri = "https://example.com/device";
    private const string CompleteA = "https://example.com/device?user_code=WDJB-MJHT";
    private const string CompleteB = "https://example.com/device?user_code=BCDF-GHJK";

    private readonly Frame _frame = new Frame();
    private readonly ShowCodeScreen _screen = new ShowCodeScreen();
    private bool _flip;

    [Benchmark(Baseline = true, Description = "show code, no QR")]
    public byte[] WithoutQr()
    {
        _screen.Draw(_frame, Code, Uri, null, 300, 900, PairingTrouble.None);
        return _frame.Bytes;
    }

    [Benchmark(Description = "show code + fresh QR (v3, encode + mask search)")]
    public byte[] WithFreshQr()
    {
        _flip = !_flip;
        _screen.Draw(_frame, Code, Uri, _flip ? CompleteA : CompleteB, 300, 900, PairingTrouble.None);
        return _frame.Bytes;
    }

    [Benchmark(Description = "show code + cached QR (redraw at a poll)")]
    public byte[] WithCachedQr()
    {
        _screen.Draw(_frame, Code, Uri, CompleteA, 300, 900, PairingTrouble.None);
        return _frame.Bytes;
    }

    [Benchmark(Description = "clear the frame")]
    public byte[] Clear()
    {
        _frame.Clear();
        return _frame.Bytes;
    }
}
