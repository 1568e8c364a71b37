namespace DeviceFlow.Core.Ports
{
    /// <summary>The OLED. The core renders finished frames; the driver only pushes them.</summary>
    public interface IDisplay
    {
        /// <summary>
        /// Shows a 128×64 1-bit frame in SSD1306 page order: 8 pages × 128 columns, 1024 bytes, each byte one
        /// column of 8 pixels with the least significant bit at the top.
        /// </summary>
        void Show(byte[] frame);

        /// <summary>Panel on or off (off blanks it without losing the frame: RFC 8628 §5.5 session spying).</summary>
        void SetPower(bool on);
    }
}
