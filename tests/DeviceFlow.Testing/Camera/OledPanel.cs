using System;
using DeviceFlow.Core.Display;
using DeviceFlow.Host.Display;

namespace DeviceFlow.Testing.Camera;

/// <summary>
/// A 0.96" SSD1306 panel showing one frame, at its real size. Geometry from a 0.96" 128×64 SSD1306 module datasheet
/// (DisplayModule DM-OLED096-624: active area 21.744 × 10.864 mm, so 0.17 mm pitch; its SH1107 sibling
/// DM-OLED096-658 gives the emitter as 0.15 × 0.15 mm): each lit pixel is a bright square with a dark gap around it.
/// Everything outside the lit emitters (gaps, unlit pixels, the border) is the dark glass.
/// </summary>
public sealed class OledPanel : ICameraTarget
{
    public const double ActiveWidthMm = 21.744;
    public const double ActiveHeightMm = 10.864;
    public const double PitchMm = ActiveWidthMm / Frame.Width;
    public const double EmitterMm = 0.15;

    /// <summary>Glass and unlit pixels reflect a little room light; a lit pixel is the exposure's white.</summary>
    public const double Dark = 0.03;

    private readonly byte[] _frame;

    public OledPanel(byte[] frame)
    {
        FramePixels.CheckLength(frame);
        _frame = (byte[])frame.Clone();
    }

    public double WidthMm => ActiveWidthMm;

    public double HeightMm => ActiveHeightMm;

    public double Brightness(double xMm, double yMm)
    {
        double px = (xMm + ActiveWidthMm / 2) / PitchMm;
        double py = (yMm + ActiveHeightMm / 2) / PitchMm;
        int x = (int)Math.Floor(px);
        int y = (int)Math.Floor(py);
        if (x < 0 || x >= Frame.Width || y < 0 || y >= Frame.Height || !FramePixels.IsOn(_frame, x, y))
        {
            return Dark;
        }

        double gap = (1 - EmitterMm / PitchMm) / 2;
        double fx = px - x;
        double fy = py - y;
        return fx < gap || fx > 1 - gap || fy < gap || fy > 1 - gap ? Dark : 1.0;
    }
}
