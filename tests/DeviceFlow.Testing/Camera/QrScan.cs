using System;
using DeviceFlow.Core.Display;
using ZXing;
using ZXing.Common;

namespace DeviceFlow.Testing.Camera;

/// <summary>
/// Points the virtual camera at a target from a range of distances and decodes every capture with ZXing.Net, the way
/// a scanner app decodes its preview frames. A distance counts only when all of its seeded trials read the intended text.
/// </summary>
public sealed class QrScan
{
    private readonly VirtualCamera _camera;
    private readonly int _trials;
    private readonly int _seed;

    public QrScan(VirtualCamera camera, int trials, int seed)
    {
        _camera = camera;
        _trials = trials;
        _seed = seed;
    }

    /// <summary>The text ZXing reads off one capture, or null.</summary>
    public static string? Decode(CameraImage image)
    {
        var reader = new BarcodeReaderGeneric
        {
            AutoRotate = false,
            Options = new DecodingOptions { PossibleFormats = new[] { BarcodeFormat.QR_CODE }, TryHarder = true },
        };
        return reader.Decode(new RGBLuminanceSource(image.Gray, image.Width, image.Height, RGBLuminanceSource.BitmapFormat.Gray8))?.Text;
    }

    /// <summary>
    /// The decoded text is the intended URL, scheme and host compared without case (RFC 3986 §6.2.2.1): the screen puts
    /// them in capitals when that is what makes the URI fit.
    /// </summary>
    public static bool SameUrl(string? decoded, string text)
        => decoded != null && QrUrl.UpperSchemeAndHost(decoded) == QrUrl.UpperSchemeAndHost(text);

    /// <summary>True when every trial at this distance decodes to <paramref name="text"/> (see <see cref="SameUrl"/>).</summary>
    public bool ReadsAt(ICameraTarget target, string text, int distanceCm) => ReadCount(target, text, distanceCm) == _trials;

    /// <summary>How many of the trials at this distance decode to <paramref name="text"/>.</summary>
    public int ReadCount(ICameraTarget target, string text, int distanceCm)
    {
        int read = 0;
        for (int trial = 0; trial < _trials; trial++)
        {
            var random = new Random(TrialSeed(distanceCm, trial));
            read += SameUrl(Decode(_camera.Capture(target, distanceCm * 10.0, random)), text) ? 1 : 0;
        }

        return read;
    }

    /// <summary>
    /// One seed per (distance, trial), the same in every process (HashCode.Combine is randomised per process): a trial's
    /// pose and noise depend neither on the run nor on which distances ran before.
    /// </summary>
    private int TrialSeed(int distanceCm, int trial) => unchecked((_seed * 1_000_003) + (distanceCm * 1_009) + trial);

    /// <summary>The times any trial at this distance decodes to anything at all (for targets with no QR code: must be 0).</summary>
    public int DecodesAt(ICameraTarget target, int distanceCm)
    {
        int decoded = 0;
        for (int trial = 0; trial < _trials; trial++)
        {
            var random = new Random(TrialSeed(distanceCm, trial));
            decoded += Decode(_camera.Capture(target, distanceCm * 10.0, random)) == null ? 0 : 1;
        }

        return decoded;
    }

    /// <summary>
    /// The nearest and farthest whole centimetres from <paramref name="fromCm"/> to <paramref name="toCm"/> at which at
    /// least <paramref name="minReads"/> trials (all of them by default) decode, or null when none does. Past the focus
    /// limit the scan stops after <paramref name="giveUpAfter"/> failing steps in a row: farther only gets smaller.
    /// </summary>
    public ScanRange? Range(ICameraTarget target, string text, int fromCm, int toCm, int minReads = 0, int giveUpAfter = 4)
    {
        int needed = minReads <= 0 ? _trials : minReads;
        int? nearest = null;
        int? farthest = null;
        int misses = 0;
        for (int cm = fromCm; cm <= toCm; cm++)
        {
            if (ReadCount(target, text, cm) >= needed)
            {
                nearest ??= cm;
                farthest = cm;
                misses = 0;
            }
            else if (cm * 10.0 >= _camera.MinFocusMm && ++misses >= giveUpAfter)
            {
                break;
            }
        }

        return farthest is int far ? new ScanRange(nearest!.Value, far) : null;
    }
}

/// <summary>Nearest and farthest distances (cm) at which every trial decoded.</summary>
public sealed record ScanRange(int NearestCm, int FarthestCm);
