namespace DeviceFlow.Core.Ports
{
    /// <summary>Blocks for a while: Thread.Sleep (Wi-Fi modem sleep) on the device, virtual time in tests.</summary>
    public interface IWaiter
    {
        void Wait(int milliseconds);
    }
}
