namespace DeviceFlow.Core.Protocol
{
    /// <summary>The outcome of a device authorization request: a code to show, or why there is none.</summary>
    public sealed class DeviceAuthorizationAnswer
    {
        public DeviceAuthorizationAnswer(DeviceAuthorization authorization, OAuthError error, string problem)
        {
            Authorization = authorization;
            Error = error;
            Problem = problem;
        }

        /// <summary>Null on failure.</summary>
        public DeviceAuthorization Authorization { get; }

        public OAuthError Error { get; }

        public string Problem { get; }


        /// <summary>A short, secret-free reason for the screen and the log.</summary>
        public string Reason
        {
            get
            {
                return Error != null ? Error.Code : Problem;
            }
        }
    }
}
