namespace DeviceFlow.Core.Ports
{
    /// <summary>The raw level of the board's push button; <see cref="Device.PolledButton"/> turns it into presses.</summary>
    public interface IButtonPin
    {
        /// <summary>True while the button is held down (the BOOT button pulls GPIO0 low).</summary>
        bool IsPressed { get; }
    }
}
