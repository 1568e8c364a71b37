using System;

namespace DeviceFlow.Testing.Camera;

/// <summary>
/// A phone camera as a QR scanner sees through it: a 1280-pixel-wide analysis frame over a 70° horizontal field of
/// view, the target centred with a random small tilt, autofocus that cannot focus closer than
/// <see cref="MinFocusMm"/>, optical blur, sensor noise. Each capture is seeded, so a trial is reproducible.
/// Only the part of the frame around the target is rendered: the rest of the scene is empty and the decoder works
/// on local contrast (ZXing's HybridBinarizer), so cropping changes cost, not outcome.
/// </summary>
public sealed class VirtualCamera
{
    /// <summary>Pixels across the frame a scanner analyses.</summary>
    public int FrameWidth { get; init; } = 1280;

    public int FrameHeight { get; init; } = 720;

    public double HorizontalFovDegrees { get; init; } = 70;

    /// <summary>
    /// Apple, WWDC21 "What's new in camera capture" (as reported by heise, 2021): the wide camera of an iPhone X
    /// focuses down to 10 cm; XS Max and 12 Pro 12 cm, 12 Pro Max 15 cm; Halide measured 15 cm (13 Pro) and 20 cm
    /// (14 Pro). 10 cm is the kindest of these: the old layout gets every chance.
    /// </summary>
    public double MinFocusMm { get; init; } = 100;

    /// <summary>Entrance pupil: a 4 mm lens at f/1.8 (iPhone X wide camera).</summary>
    public double ApertureMm { get; init; } = 2.2;

    /// <summary>Lens, demosaicing, hand shake and compression as one Gaussian (sigma, camera pixels). Calibrated: see README.</summary>
    public double OpticsBlurPixels { get; init; } = 0.9;

    /// <summary>Sensor and compression noise, standard deviation in 8-bit levels.</summary>
    public double NoiseLevels { get; init; } = 6;

    /// <summary>Largest tilt of the target about either axis in its plane, and largest roll about the view axis.</summary>
    public double MaxTiltDegrees { get; init; } = 10;

    public double MaxRollDegrees { get; init; } = 5;

    /// <summary>8-bit levels of black and of the brightest point (exposure set for the target's white).</summary>
    public const int Black = 12;

    public const int White = 235;

    private const int Samples = 3;

    /// <summary>Millimetres one camera pixel covers at this distance, on the view axis.</summary>
    public double MmPerPixel(double distanceMm) => 2 * distanceMm * Math.Tan(HorizontalFovDegrees * Math.PI / 360) / FrameWidth;

    /// <summary>
    /// Defocus blur circle, in millimetres on the target: the lens stays focused at <see cref="MinFocusMm"/> for a
    /// nearer target, and a point there spreads over aperture × (focus − distance) / focus (thin lens, object side).
    /// </summary>
    public double DefocusMm(double distanceMm) => distanceMm >= MinFocusMm ? 0 : ApertureMm * (MinFocusMm - distanceMm) / MinFocusMm;

    public CameraImage Capture(ICameraTarget target, double distanceMm, Random random)
    {
        double focalPixels = FrameWidth / 2.0 / Math.Tan(HorizontalFovDegrees * Math.PI / 360);
        double pixelMm = MmPerPixel(distanceMm);
        var pose = new Pose(
            Radians(Uniform(random, MaxTiltDegrees)), Radians(Uniform(random, MaxTiltDegrees)), Radians(Uniform(random, MaxRollDegrees)),
            Uniform(random, 0.5) * pixelMm, Uniform(random, 0.5) * pixelMm, distanceMm);

        // The target plus a margin of its own size around it, clipped to the frame.
        double reach = Math.Max(target.WidthMm, target.HeightMm) / pixelMm;
        int left = Math.Max(-FrameWidth / 2, (int)Math.Floor(-reach));
        int right = Math.Min(FrameWidth / 2, (int)Math.Ceiling(reach));
        int top = Math.Max(-FrameHeight / 2, (int)Math.Floor(-reach));
        int bottom = Math.Min(FrameHeight / 2, (int)Math.Ceiling(reach));
        int width = right - left;
        int height = bottom - top;

        var light = new double[width * height];
        for (int v = 0; v < height; v++)
        {
            for (int u = 0; u < width; u++)
            {
                double sum = 0;
                for (int sy = 0; sy < Samples; sy++)
                {
                    for (int sx = 0; sx < Samples; sx++)
                    {
                        double cu = left + u + (sx + 0.5) / Samples;
                        double cv = top + v + (sy + 0.5) / Samples;
                        (double x, double y) = pose.OnTarget(cu / focalPixels, cv / focalPixels);
                        sum += target.Brightness(x, y);
                    }
                }

                light[v * width + u] = sum / (Samples * Samples);
            }
        }

        double defocusSigma = DefocusMm(distanceMm) / pixelMm / 4;
        Blur.Gaussian(light, width, height, Math.Sqrt(OpticsBlurPixels * OpticsBlurPixels + defocusSigma * defocusSigma));
        var gray = new byte[light.Length];
        for (int i = 0; i < light.Length; i++)
        {
            double level = Black + (White - Black) * light[i] + NoiseLevels * Gaussian(random);
            gray[i] = (byte)Math.Clamp(Math.Round(level), 0, 255);
        }

        return new CameraImage(gray, width, height);
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    private static double Uniform(Random random, double limit) => (2 * random.NextDouble() - 1) * limit;

    /// <summary>Box–Muller.</summary>
    private static double Gaussian(Random random)
        => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>The target's plane: centre (cx, cy, distance) from the camera, turned by pitch, yaw and roll.</summary>
    private readonly struct Pose
    {
        private readonly double[] _ex;
        private readonly double[] _ey;
        private readonly double[] _n;
        private readonly double[] _c;

        public Pose(double pitch, double yaw, double roll, double cx, double cy, double distance)
        {
            double[,] r = Multiply(Multiply(RotZ(roll), RotY(yaw)), RotX(pitch));
            _ex = new[] { r[0, 0], r[1, 0], r[2, 0] };
            _ey = new[] { r[0, 1], r[1, 1], r[2, 1] };
            _n = new[] { r[0, 2], r[1, 2], r[2, 2] };
            _c = new[] { cx, cy, distance };
        }

        /// <summary>Where the ray through image point (a, b) (in focal lengths) meets the plane, in target millimetres.</summary>
        public (double X, double Y) OnTarget(double a, double b)
        {
            double t = (_n[0] * _c[0] + _n[1] * _c[1] + _n[2] * _c[2]) / (_n[0] * a + _n[1] * b + _n[2]);
            double px = t * a - _c[0];
            double py = t * b - _c[1];
            double pz = t - _c[2];
            return (px * _ex[0] + py * _ex[1] + pz * _ex[2], px * _ey[0] + py * _ey[1] + pz * _ey[2]);
        }

        private static double[,] RotX(double a) => new[,] { { 1, 0, 0 }, { 0, Math.Cos(a), -Math.Sin(a) }, { 0, Math.Sin(a), Math.Cos(a) } };

        private static double[,] RotY(double a) => new[,] { { Math.Cos(a), 0, Math.Sin(a) }, { 0, 1, 0 }, { -Math.Sin(a), 0, Math.Cos(a) } };

        private static double[,] RotZ(double a) => new[,] { { Math.Cos(a), -Math.Sin(a), 0 }, { Math.Sin(a), Math.Cos(a), 0 }, { 0, 0, 1 } };

        private static double[,] Multiply(double[,] p, double[,] q)
        {
            var m = new double[3, 3];
            for (int i = 0; i < 3; i++)
            {
                for (int j = 0; j < 3; j++)
                {
                    m[i, j] = p[i, 0] * q[0, j] + p[i, 1] * q[1, j] + p[i, 2] * q[2, j];
                }
            }

            return m;
        }
    }
}
