using System.Text;
using DeviceFlow.Core.Display;

namespace DeviceFlow.Host.Display;

/// <summary>
/// A frame as terminal text: each character is two stacked pixels drawn with Unicode half blocks
/// (▀ upper, ▄ lower, █ both), 32 lines of 128 characters inside a box-drawing border.
/// </summary>
public static class FrameTerminal
{
    public static string Render(byte[] frame)
    {
        FramePixels.CheckLength(frame);
        var text = new StringBuilder((Frame.Width + 3) * (Frame.Height / 2 + 2));
        text.Append('┌').Append('─', Frame.Width).Append("┐\n");
        for (int y = 0; y < Frame.Height; y += 2)
        {
            text.Append('│');
            for (int x = 0; x < Frame.Width; x++)
            {
                bool top = FramePixels.IsOn(frame, x, y);
                bool bottom = FramePixels.IsOn(frame, x, y + 1);
                text.Append(top ? (bottom ? '█' : '▀') : (bottom ? '▄' : ' '));
            }

            text.Append("│\n");
        }

        text.Append('└').Append('─', Frame.Width).Append("┘\n");
        return text.ToString();
    }
}
