using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Tokens;

namespace DeviceFlowFirmware
{
    /// <summary>
    /// Where the maker's sensor code goes: read the sensor, send the reading with
    /// <c>token.AuthorizationHeader</c>, and return false only on an HTTP 401. As shipped it only reports
    /// whether a token is ready, which is what pairing has to deliver.
    /// </summary>
    public sealed class SensorTask : ISensorTask
    {
        private readonly ILog _log;
        private int _readings;

        public SensorTask(ILog log)
        {
            _log = log;
        }

        public bool Run(AccessTokenResult token)
        {
            _readings++;
            _log.Info("sensor: reading " + _readings + (token.AccessToken == null ? ", no token (" + token.Reason + ")" : ", access token ready"));
            return true;
        }
    }
}
