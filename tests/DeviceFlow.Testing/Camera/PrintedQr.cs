using DeviceFlow.Core.Display;

namespace DeviceFlow.Testing.Camera;

/// <summary>
/// A QR code printed dark on white paper with the 4-module quiet zone of ISO/IEC 18004, on a card twice its size
/// lying on a grey desk: the reference the camera is calibrated with against published scanning guidance.
/// </summary>
public sealed class PrintedQr : ICameraTarget
{
    public const int QuietModules = 4;
    public const double Paper = 1.0;
    public const double Ink = 0.06;
    public const double Desk = 0.35;

    private readonly QrCode _qr;
    private readonly double _moduleMm;

    public PrintedQr(QrCode qr, double moduleMm)
    {
        _qr = qr;
        _moduleMm = moduleMm;
    }

    /// <summary>The printed code's width without the quiet zone, as the sizing guides measure it.</summary>
    public double CodeWidthMm => _qr.Size * _moduleMm;

    public double WidthMm => (_qr.Size + 2 * QuietModules) * _moduleMm;

    public double HeightMm => WidthMm;

    public double Brightness(double xMm, double yMm)
    {
        double half = CodeWidthMm / 2;
        if (xMm < -2 * half || xMm > 2 * half || yMm < -2 * half || yMm > 2 * half)
        {
            return Desk;
        }

        int x = (int)System.Math.Floor((xMm + half) / _moduleMm);
        int y = (int)System.Math.Floor((yMm + half) / _moduleMm);
        bool inside = x >= 0 && x < _qr.Size && y >= 0 && y < _qr.Size;
        return inside && _qr.IsDark(x, y) ? Ink : Paper;
    }
}
