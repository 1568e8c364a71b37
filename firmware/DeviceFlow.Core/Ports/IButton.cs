namespace DeviceFlow.Core.Ports
{
    public enum ButtonPress
    {
        None,
        Short,
        Long,
    }

    /// <summary>The user's only input: the board's button.</summary>
    public interface IButton
    {
        /// <summary>Blocks until a press ends or the timeout passes; -1 waits forever.</summary>
        ButtonPress WaitForPress(int timeoutMilliseconds);
    }
}
