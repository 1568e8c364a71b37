using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Host;

/// <summary>
/// The HTTPS port over HttpClient, behaving like the device's client where it matters: one connection per
/// request (nanoFramework sends Connection: close), no Accept header, an explicit timeout, a capped body,
/// and failures named with the same outcome kinds and words as the board's driver (<see cref="HostTransportFailures"/>).
/// It trusts exactly one root (the DevServer's CA) or the system roots, never any certificate, and never throws.
/// </summary>
public sealed class HttpsTransport : IHttpTransport, IDisposable
{
    private readonly HttpClient _client;
    private readonly TimeSpan _timeout;
    private int _certificatesRejected;

    private HttpsTransport(SocketsHttpHandler handler, Func<X509Certificate?, SslPolicyErrors, bool> accepts, TimeSpan timeout)
    {
        // Counted, so a failed handshake can be told apart: certificate refused here, or no TLS at all on the other side.
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
        {
            bool accepted = accepts(certificate, errors);
            if (!accepted)
            {
                Interlocked.Increment(ref _certificatesRejected);
            }

            return accepted;
        };
        handler.ConnectTimeout = timeout;
        handler.AllowAutoRedirect = false;
        _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _timeout = timeout;
    }

    /// <summary>Trusts certificates that chain to <paramref name="root"/> and name the host, and nothing else.</summary>
    public static HttpsTransport TrustingOnly(X509Certificate2 root, TimeSpan timeout)
    {
        return new HttpsTransport(new SocketsHttpHandler(), (certificate, errors) => PinnedRoot.Accepts(root, certificate, errors), timeout);
    }

    /// <summary>The operating system's roots, as for a real provider (GitHub, Entra, Google, Auth0 ...).</summary>
    public static HttpsTransport TrustingSystemRoots(TimeSpan timeout)
    {
        return new HttpsTransport(new SocketsHttpHandler(), (_, errors) => errors == SslPolicyErrors.None, timeout);
    }

    public HttpResult Send(HttpRequest request)
    {
        using var deadline = new CancellationTokenSource(_timeout);
        int rejectedBefore = Volatile.Read(ref _certificatesRejected);
        try
        {
            using HttpRequestMessage message = ToMessage(request);
            using HttpResponseMessage response = _client.Send(message, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            return ReadResponse(response, request.MaxResponseBytes, deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return HttpResult.Failure(TransportOutcome.Timeout, "no answer within " + (int)_timeout.TotalSeconds + " s");
        }
        catch (HttpRequestException e)
        {
            return HostTransportFailures.From(e, Volatile.Read(ref _certificatesRejected) != rejectedBefore);
        }
        catch (IOException e)
        {
            // A body read that broke after the headers.
            return HostTransportFailures.FromBodyRead(e);
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or ArgumentException or FormatException or NotSupportedException)
        {
            return HttpResult.Failure(TransportOutcome.Failed, e.GetType().Name);
        }
    }

    public void Dispose()
    {
        _client.Dispose();
    }

    private static HttpRequestMessage ToMessage(HttpRequest request)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
        message.Headers.ConnectionClose = true;
        if (request.Authorization is not null)
        {
            message.Headers.TryAddWithoutValidation("Authorization", request.Authorization);
        }

        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(request.Body));
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType ?? HttpRequest.FormContentType);
        }

        return message;
    }

    private static HttpResult ReadResponse(HttpResponseMessage response, int maxBytes, CancellationToken cancellation)
    {
        if (response.Content.Headers.ContentLength is long declared && declared > maxBytes)
        {
            return HttpResult.Failure(TransportOutcome.BodyTooLarge, "body of " + declared + " bytes exceeds " + maxBytes);
        }

        using Stream stream = response.Content.ReadAsStream(cancellation);
        byte[] buffer = new byte[maxBytes + 1];
        int length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        if (length > maxBytes)
        {
            return HttpResult.Failure(TransportOutcome.BodyTooLarge, "body exceeds " + maxBytes + " bytes");
        }

        string? contentType = response.Content.Headers.ContentType?.ToString();
        return HttpResult.Completed((int)response.StatusCode, contentType, Encoding.UTF8.GetString(buffer, 0, length), RetryAfterSeconds(response));
    }

    /// <summary>RFC 9110 §10.2.3: delay-seconds or an HTTP-date.</summary>
    private static int RetryAfterSeconds(HttpResponseMessage response)
    {
        RetryConditionHeaderValue? retryAfter = response.Headers.RetryAfter;
        TimeSpan? delay = retryAfter?.Delta ?? (retryAfter?.Date - DateTimeOffset.UtcNow);
        if (delay is null)
        {
            return HttpResult.NoRetryAfter;
        }

        double seconds = Math.Ceiling(delay.Value.TotalSeconds);
        return seconds <= 0 ? 0 : seconds >= int.MaxValue ? int.MaxValue : (int)seconds;
    }
}
