using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Drivers.Https
{
    /// <summary>
    /// Every exception HttpClient can throw, as a transport outcome. HttpClientHandler wraps WebException and
    /// IOException in HttpRequestException; SocketException from TLS or the socket layer comes through bare;
    /// a RequestCanceled WebException is swallowed and surfaces as a NullReferenceException (reference §1).
    /// The details say what failed and never carry request content.
    /// </summary>
    internal static class TransportFailures
    {
        public static HttpResult From(Exception exception, bool timedOut)
        {
            Exception cause = exception is HttpRequestException && exception.InnerException != null ? exception.InnerException : exception;
            if (cause is OutOfMemoryException)
            {
                return HttpResult.Failure(TransportOutcome.Failed, "out of memory");
            }

            WebException web = cause as WebException;
            if (web != null)
            {
                return FromWebStatus(web.Status, timedOut);
            }

            if (timedOut)
            {
                // The timeout timer closes the socket; what the blocked read throws then varies.
                return HttpResult.Failure(TransportOutcome.Timeout, "no answer in time (" + cause.GetType().Name + ")");
            }

            SocketException socket = cause as SocketException;
            if (socket != null)
            {
                return HttpResult.Failure(TransportOutcome.ConnectionFailed, "socket error " + socket.ErrorCode);
            }

            if (cause is IOException)
            {
                return HttpResult.Failure(TransportOutcome.Failed, "connection broke mid-exchange");
            }

            if (cause is NullReferenceException)
            {
                return HttpResult.Failure(TransportOutcome.Failed, "request canceled");
            }

            return HttpResult.Failure(TransportOutcome.Failed, "unexpected " + cause.GetType().Name);
        }

        private static HttpResult FromWebStatus(WebExceptionStatus status, bool timedOut)
        {
            switch (status)
            {
                case WebExceptionStatus.Timeout:
                    return HttpResult.Failure(TransportOutcome.Timeout, "no answer in time");
                case WebExceptionStatus.NameResolutionFailure:
                    return HttpResult.Failure(TransportOutcome.ConnectionFailed, "DNS lookup failed");
                case WebExceptionStatus.ConnectFailure:
                    return HttpResult.Failure(TransportOutcome.ConnectionFailed, "could not connect");
                case WebExceptionStatus.TrustFailure:
                case WebExceptionStatus.SecureChannelFailure:
                    return HttpResult.Failure(TransportOutcome.ConnectionFailed, "TLS failed (root CA or clock?)");
                case WebExceptionStatus.ServerProtocolViolation:
                    return HttpResult.Failure(TransportOutcome.Failed, "malformed HTTP response");
                default:
                    return HttpResult.Failure(timedOut ? TransportOutcome.Timeout : TransportOutcome.Failed, "HTTP exchange failed");
            }
        }
    }
}
