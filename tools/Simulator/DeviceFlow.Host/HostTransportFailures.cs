using System;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Host;

/// <summary>
/// .NET's HttpClient failures as the same outcome kinds and words the board's driver gives
/// (drivers/Https/TransportFailures.cs), so the simulator's panel says what the board's would.
/// Shapes observed with SocketsHttpHandler on .NET 10 (tests/DeviceFlow.EndToEnd.Tests/TransportFailureTests.cs):
/// NameResolutionError; ConnectionError over SocketException ConnectionRefused / ConnectionReset / Shutdown;
/// SecureConnectionError over AuthenticationException, after our certificate callback said no (certificate)
/// or without it ever being asked ("Cannot determine the frame size": the other side does not speak TLS).
/// </summary>
internal static class HostTransportFailures
{
    public static HttpResult From(HttpRequestException e, bool certificateRejected)
    {
        switch (e.HttpRequestError)
        {
            case HttpRequestError.NameResolutionError:
                return HttpResult.Failure(TransportOutcome.NameNotResolved, "DNS lookup failed");
            case HttpRequestError.ConnectionError:
                return FromSocket(SocketCause(e));
            case HttpRequestError.SecureConnectionError:
                if (certificateRejected)
                {
                    return HttpResult.Failure(TransportOutcome.CertificateRejected, "certificate rejected");
                }

                // A reset that lands while the handshake is under way arrives as a TLS error over an IOException
                // over the socket's error (which of the two a reset hits is a matter of timing).
                if (SocketCause(e) is SocketException socket)
                {
                    return FromSocket(socket);
                }

                // The handshake failed before any certificate was seen: no TLS record came back.
                return e.InnerException is AuthenticationException { InnerException: null }
                    ? HttpResult.Failure(TransportOutcome.ProtocolMismatch, "not an HTTPS port")
                    : HttpResult.Failure(TransportOutcome.ConnectionFailed, "TLS handshake failed");
            case HttpRequestError.ResponseEnded:
                return HttpResult.Failure(TransportOutcome.ConnectionReset, "connection reset");
            default:
                return HttpResult.Failure(TransportOutcome.Failed, e.HttpRequestError.ToString());
        }
    }

    public static HttpResult FromBodyRead(IOException e)
    {
        return e.InnerException is SocketException socket ? FromSocket(socket) : HttpResult.Failure(TransportOutcome.ConnectionReset, "connection broke");
    }

    /// <summary>The socket error somewhere under <paramref name="e"/>, or null.</summary>
    private static SocketException? SocketCause(Exception e)
    {
        for (Exception? inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket)
            {
                return socket;
            }
        }

        return null;
    }

    private static HttpResult FromSocket(SocketException? socket)
    {
        switch (socket?.SocketErrorCode)
        {
            case SocketError.ConnectionRefused:
                return HttpResult.Failure(TransportOutcome.ConnectionRefused, "connection refused");
            case SocketError.ConnectionReset:
            case SocketError.ConnectionAborted:
            case SocketError.Shutdown:
                return HttpResult.Failure(TransportOutcome.ConnectionReset, "connection reset");
            case SocketError.TimedOut:
                return HttpResult.Failure(TransportOutcome.Timeout, "no answer in time");
            case SocketError.NetworkUnreachable:
            case SocketError.HostUnreachable:
                return HttpResult.Failure(TransportOutcome.ConnectionFailed, "no route to server");
            default:
                return HttpResult.Failure(TransportOutcome.ConnectionFailed, "could not connect");
        }
    }
}
