using DeviceFlow.Core.Display;
using DeviceFlow.Host.Display;

namespace DeviceFlow.Screens.Tests;

/// <summary>
/// Reading aids the tests need and the device does not (issue 14: the core keeps no pixel reads nothing calls): a pixel
/// of a frame, off-panel pixels unlit, and flipping a band so inverted text reads like normal text.
/// </summary>
internal static class FrameReading
{
    public static bool GetPixel(this Frame frame, int x, int y)
        => x >= 0 && x < Frame.Width && y >= 0 && y < Frame.Height && FramePixels.IsOn(frame.Bytes, x, y);

    public static void InvertRect(this Frame frame, int x, int y, int width, int height)
    {
        for (int row = y; row < y + height; row++)
        {
            for (int col = x; col < x + width; col++)
            {
                frame.SetPixel(col, row, !frame.GetPixel(col, row));
            }
        }
    }
}
