using System;
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

    /// <summary>True when every trial at this distance decodes to <paramref name="text"/>.</summary>
    public bool ReadsAt(ICameraTarget target, string text, int distanceCm)
    {
        for (int trial = 0; trial < _trials; trial++)
        {
            // One seed per (distance, trial): a trial's pose and noise do not depend on which distances ran before.
            var random = new Random(HashCode.Combine(_seed, distanceCm, trial));
            if (Decode(_camera.Capture(target, distanceCm * 10.0, random)) != text)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The times any trial at this distance decodes to anything at all (for targets with no QR code: must be 0).</summary>
    public int DecodesAt(ICameraTarget target, int distanceCm)
    {
        int decoded = 0;
        for (int trial = 0; trial < _trials; trial++)
        {
            var random = new Random(HashCode.Combine(_seed, distanceCm, trial));
            decoded += Decode(_camera.Capture(target, distanceCm * 10.0, random)) == null ? 0 : 1;
        }

        return decoded;
    }

    /// <summary>
    /// The nearest and farthest whole centimetres from <paramref name="fromCm"/> to <paramref name="toCm"/> at which every
    /// trial decodes, or null when none does. Past the focus limit the scan stops after <paramref name="giveUpAfter"/>
    /// failing steps in a row beyond the last success: farther only gets smaller in the frame.
    /// </summary>
    public ScanRange? Range(ICameraTarget target, string text, int fromCm, int toCm, int giveUpAfter = 4)
    {
        int? nearest = null;
        int? farthest = null;
        int misses = 0;
        for (int cm = fromCm; cm <= toCm; cm++)
        {
            if (ReadsAt(target, text, cm))
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
