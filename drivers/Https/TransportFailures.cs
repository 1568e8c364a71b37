using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Drivers.Https
{
    /// <summary>
    /// What nanoFramework's HttpClient throws, as a transport outcome with short, secret-free words for the panel.
    /// Read from System.Net.Http v1.5.210 (HttpClientHandler.cs, System.Net.HttpWebRequest.cs) and nf-interpreter's
    /// native sockets/TLS at the firmware tools/flash pins (1.17.0.27, see README "Firmware"):
    /// - GET: GetResponse wraps whatever connecting threw in WebException("GetResponse() failed", e), whose status
    ///   stays Success (HttpWebRequest.cs L1839-1855, WebException.cs L53); the handler wraps that in
    ///   HttpRequestException (HttpClientHandler.cs L259-264). So the cause is deep in the chain.
    /// - POST: GetRequestStream rethrows bare (HttpWebRequest.cs L1875-1884); the handler wraps only WebException and
    ///   IOException (HttpClientHandler.cs L259-269), so a TLS failure arrives as a bare SocketException.
    /// - DNS: Dns.GetHostEntry's SocketException inside WebException("host not available", ConnectFailure)
    ///   (HttpWebRequest.cs L1408-1412); connect: inside WebException("connection failed", ConnectFailure) (L1470-1477).
    /// - TLS (pinned firmware): SslNative::SecureConnect throws SocketException whose ErrorCode is the mbedTLS
    ///   return code (nf-interpreter 8ca767c52 sys_net_native_System_Net_Security_SslNative.cpp SecureConnect ->
    ///   ThrowOnError -> NativeSocket::ThrowError). Firmware from 2026-07-10 throws CryptographicException instead
    ///   (nf-interpreter 47ef80bdf, 51945c358 SecureConnect -> ThrowCryptographicError), a type the pinned
    ///   System.Net 1.11.60 surface does not have: it is recognised by name, its code cannot be read.
    /// - Header wait: the library's timer closes the socket (HttpWebRequest.cs L1757-1773, L1807); body: our
    ///   watchdog disposes the response. The blocked TLS read then throws SocketException(CLR_E_OBJECT_DISPOSED),
    ///   which is a timeout when the budget is spent and a broken connection otherwise.
    /// </summary>
    internal static class TransportFailures
    {
        // nf-interpreter src/PAL/Include/nanoPAL_Sockets.h L68-L107 (winsock numbering).
        private const int NetworkUnreachable = 10051;
        private const int ConnectionAborted = 10053;
        private const int ConnectionResetByPeer = 10054;
        private const int TimedOut = 10060;
        private const int Refused = 10061;
        private const int HostUnreachable = 10065;
        private const int HostNotFound = 11001;
        private const int TryAgain = 11002;
        private const int NoData = 11004;

        // CLR_E_OBJECT_DISPOSED (nf_errors_exceptions.h L86): the code a read on a socket closed under it throws
        // (SslNative.cpp ReadWriteHelper L287-290), as when the library's header timer or our watchdog closed it.
        private const int SocketClosedUnderRead = unchecked((int)0x99000000);

        // mbedTLS 3.x return codes as the pinned firmware passes them on (include/mbedtls/x509.h
        // MBEDTLS_ERR_X509_CERT_VERIFY_FAILED, ssl.h MBEDTLS_ERR_SSL_INVALID_RECORD / _CONN_EOF / _PEER_CLOSE_NOTIFY,
        // net_sockets.h MBEDTLS_ERR_NET_CONN_RESET).
        private const int MbedCertVerifyFailed = -0x2700;
        private const int MbedInvalidRecord = -0x7200;
        private const int MbedConnEof = -0x7280;
        private const int MbedPeerCloseNotify = -0x7880;
        private const int MbedNetConnReset = -0x0050;

        /// <summary>The message HttpWebRequest gives the WebException around a failed DNS lookup (HttpWebRequest.cs L1412).</summary>
        private const string DnsFailedMessage = "host not available";

        private const string CryptographicExceptionName = "System.Security.Cryptography.CryptographicException";

        /// <param name="budgetSpent">The request's time budget ran out (our watchdog or the library's timer may have closed the socket).</param>
        /// <param name="clockKnown">The device's wall clock is set: with it unknown, a certificate check fails on dates.</param>
        public static HttpResult From(Exception exception, bool budgetSpent, bool clockKnown)
        {
            SocketException socket = null;
            bool cryptographic = false;
            bool nameResolution = false;
            for (Exception e = exception; e != null; e = e.InnerException)
            {
                if (e is OutOfMemoryException)
                {
                    return HttpResult.Failure(TransportOutcome.Failed, "out of memory");
                }

                WebException web = e as WebException;
                if (web != null && (web.Status == WebExceptionStatus.NameResolutionFailure || web.Message == DnsFailedMessage))
                {
                    nameResolution = true;
                }

                if (socket == null)
                {
                    socket = e as SocketException;
                }

                cryptographic = cryptographic || e.GetType().FullName == CryptographicExceptionName;
            }

            if (nameResolution || (socket != null && IsDnsCode(socket.ErrorCode)))
            {
                bool silent = socket != null && socket.ErrorCode == TimedOut;
                return HttpResult.Failure(TransportOutcome.NameNotResolved, silent ? "DNS: no answer" : "DNS lookup failed");
            }

            if (socket != null)
            {
                HttpResult definite = FromDefiniteCode(socket.ErrorCode, clockKnown);
                if (definite != null)
                {
                    return definite;
                }
            }

            if (cryptographic)
            {
                return clockKnown
                    ? HttpResult.Failure(TransportOutcome.ConnectionFailed, "TLS handshake failed")
                    : HttpResult.Failure(TransportOutcome.ClockNotSet, "clock not set");
            }

            if (budgetSpent || (socket != null && socket.ErrorCode == TimedOut))
            {
                return HttpResult.Failure(TransportOutcome.Timeout, "no answer in time");
            }

            if (socket != null)
            {
                return FromOtherCode(socket.ErrorCode);
            }

            return FromManaged(exception);
        }

        private static bool IsDnsCode(int code)
        {
            return code == HostNotFound || code == TryAgain || code == NoData;
        }

        /// <summary>Codes that name their cause whatever the clock says; null for the rest.</summary>
        private static HttpResult FromDefiniteCode(int code, bool clockKnown)
        {
            switch (code)
            {
                case Refused:
                    return HttpResult.Failure(TransportOutcome.ConnectionRefused, "connection refused");
                case MbedCertVerifyFailed:
                    // The pinned firmware does not say which check failed (expired, untrusted, wrong host); with the
                    // clock at 1970 every certificate is "not yet valid", so an unset clock is the likelier cause.
                    return clockKnown
                        ? HttpResult.Failure(TransportOutcome.CertificateRejected, "certificate rejected")
                        : HttpResult.Failure(TransportOutcome.ClockNotSet, "clock not set");
                case MbedInvalidRecord:
                    // The first bytes back were not a TLS record: "HTTP/1.1 400 ..." from a plain-HTTP port.
                    return HttpResult.Failure(TransportOutcome.ProtocolMismatch, "not an HTTPS port");
                default:
                    return null;
            }
        }

        private static HttpResult FromOtherCode(int code)
        {
            switch (code)
            {
                case ConnectionResetByPeer:
                case ConnectionAborted:
                case MbedNetConnReset:
                case MbedConnEof:
                case MbedPeerCloseNotify:
                    return HttpResult.Failure(TransportOutcome.ConnectionReset, "connection reset");
                case SocketClosedUnderRead:
                    return HttpResult.Failure(TransportOutcome.ConnectionReset, "connection broke");
                case NetworkUnreachable:
                case HostUnreachable:
                    return HttpResult.Failure(TransportOutcome.ConnectionFailed, "no route to server");
                default:
                    // mbedTLS codes are small negatives (-0x0001 to -0x7FFF); nanoCLR HRESULTs are large ones.
                    return code < 0 && code > -0x8000
                        ? HttpResult.Failure(TransportOutcome.ConnectionFailed, "TLS failed, mbedTLS " + code)
                        : HttpResult.Failure(TransportOutcome.ConnectionFailed, "socket error " + code);
            }
        }

        private static HttpResult FromManaged(Exception exception)
        {
            Exception cause = exception;
            while (cause.InnerException != null && (cause is HttpRequestException || cause is WebException))
            {
                WebException web = cause as WebException;
                if (web != null && web.Status == WebExceptionStatus.ConnectFailure)
                {
                    return HttpResult.Failure(TransportOutcome.ConnectionFailed, "could not connect");
                }

                cause = cause.InnerException;
            }

            if (cause is IOException || cause is ObjectDisposedException)
            {
                return HttpResult.Failure(TransportOutcome.ConnectionReset, "connection broke");
            }

            if (cause is NullReferenceException)
            {
                // A RequestCanceled WebException is swallowed and the response built from null (HttpClientHandler.cs L259-271).
                return HttpResult.Failure(TransportOutcome.Failed, "request canceled");
            }

            return HttpResult.Failure(TransportOutcome.Failed, "unexpected " + cause.GetType().Name);
        }
    }
}
