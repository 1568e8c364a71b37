using DeviceFlow.Core.Ports;

namespace NFUnitTest
{
    /// <summary>Keeps the last warning, so a test can see that a refused slot or a failed write was reported.</summary>
    public sealed class QuietLog : ILog
    {
        public string LastWarning { get; private set; }

        public void Info(string message)
        {
        }

        public void Warn(string message)
        {
            LastWarning = message;
        }
    }
}
