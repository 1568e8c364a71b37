using System.Diagnostics;
using DeviceFlow.Core.Ports;

namespace DeviceFlowFirmware
{
    /// <summary>The log goes to the debugger output (Visual Studio / VS Code, or nanoff's serial monitor).</summary>
    public sealed class DebugLog : ILog
    {
        public void Info(string message)
        {
            Debug.WriteLine("info: " + message);
        }

        public void Warn(string message)
        {
            Debug.WriteLine("warn: " + message);
        }
    }
}
