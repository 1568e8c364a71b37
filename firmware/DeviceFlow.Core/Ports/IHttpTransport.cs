namespace DeviceFlow.Core.Ports
{
    /// <summary>
    /// One HTTPS exchange. The adapter owns TLS, timeouts and the response-size cap, and never throws:
    /// every failure comes back as an <see cref="HttpResult"/> with a transport outcome.
    /// </summary>
    public interface IHttpTransport
    {
        HttpResult Send(HttpRequest request);
    }
}
