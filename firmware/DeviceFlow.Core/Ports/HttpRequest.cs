namespace DeviceFlow.Core.Ports
{
    /// <summary>What the core asks the transport to send. Bodies are small strings; responses are capped.</summary>
    public sealed class HttpRequest
    {
        public const string FormContentType = "application/x-www-form-urlencoded";

        public HttpRequest(string method, string url, string contentType, string body, string authorization, int maxResponseBytes)
        {
            Method = method;
            Url = url;
            ContentType = contentType;
            Body = body;
            Authorization = authorization;
            MaxResponseBytes = maxResponseBytes;
        }

        public string Method { get; }

        public string Url { get; }

        /// <summary>Media type of <see cref="Body"/>, or null when there is no body.</summary>
        public string ContentType { get; }

        public string Body { get; }

        /// <summary>Value of the Authorization header (Basic or Bearer), or null.</summary>
        public string Authorization { get; }

        /// <summary>A body longer than this is a <see cref="TransportOutcome.BodyTooLarge"/> failure, not an allocation.</summary>
        public int MaxResponseBytes { get; }

        public static HttpRequest PostForm(string url, string formBody, string authorization, int maxResponseBytes)
        {
            return new HttpRequest("POST", url, FormContentType, formBody, authorization, maxResponseBytes);
        }
    }
}
