using System;
using DeviceFlow.Core.Display;

namespace DeviceFlow.Host.Display;

/// <summary>Reads a pixel of a frame in SSD1306 page order, the format <see cref="Core.Ports.IDisplay.Show"/> takes.</summary>
public static class FramePixels
{
    public static bool IsOn(byte[] frame, int x, int y)
    {
        return (frame[(y >> 3) * Frame.Width + x] & (1 << (y & 7))) != 0;
    }

    public static void CheckLength(byte[] frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (frame.Length != Frame.ByteCount)
        {
            throw new ArgumentException("a frame is " + Frame.ByteCount + " bytes, not " + frame.Length, nameof(frame));
        }
    }
}
