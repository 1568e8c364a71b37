using System;
using DeviceFlow.Core.Ports;

namespace DeviceFlowFirmware
{
    /// <summary>
    /// The log, on the board's debug channel (the Output window of VS / VS Code). Console rather than
    /// Debug.WriteLine, which is [Conditional("DEBUG")] in nanoFramework's mscorlib
    /// (CoreLibrary System/Diagnostics/Debug.cs) and so vanishes from the Release build makers flash.
    /// </summary>
    public sealed class ConsoleLog : ILog
    {
        public void Info(string message)
        {
            Console.WriteLine("info: " + message);
        }

        public void Warn(string message)
        {
            Console.WriteLine("warn: " + message);
        }
    }
}
