using System;
using DeviceFlow.Core.Display;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Testing;

/// <summary>The OLED as a test sees it: the last frame the core's <see cref="DeviceScreen"/> pushed.</summary>
public sealed class OledRecorder : IDisplay
{
    public OledRecorder()
    {
        Screen = new DeviceScreen(this);
    }

    public DeviceScreen Screen { get; }

    public byte[] LastFrame { get; private set; } = new byte[Frame.ByteCount];

    /// <summary>Whether the panel is switched on (the last SetPower; a new panel is on).</summary>
    public bool IsOn { get; private set; } = true;

    public void Show(byte[] frame) => LastFrame = (byte[])frame.Clone();

    public void SetPower(bool on) => IsOn = on;

    /// <summary>Dark: blanked and switched off, as after pairing (RFC 8628 §5.5).</summary>
    public bool IsDark => !IsOn && Array.TrueForAll(LastFrame, b => b == 0);

    /// <summary>The frame one of the core's message screens draws, to compare with what was shown.</summary>
    public static byte[] Expected(Action<MessageScreens, Frame> draw)
    {
        var frame = new Frame();
        draw(new MessageScreens(), frame);
        return frame.Bytes;
    }
}
