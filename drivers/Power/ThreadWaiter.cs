using System.Threading;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Drivers.Power
{
    /// <summary>
    /// Waits between polls with Thread.Sleep: Wi-Fi stays associated and ESP-IDF's modem sleep saves power
    /// while idle. Light sleep would drop the link, which a 5-second poll interval cannot afford.
    /// </summary>
    public sealed class ThreadWaiter : IWaiter
    {
        public void Wait(int milliseconds)
        {
            Thread.Sleep(milliseconds);
        }
    }
}
