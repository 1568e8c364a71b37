namespace DeviceFlow.Core.Ports
{
    /// <summary>Diagnostic output. Callers never pass secrets (device_code, tokens, client_secret, Wi-Fi password).</summary>
    public interface ILog
    {
        void Info(string message);

        void Warn(string message);
    }
}
