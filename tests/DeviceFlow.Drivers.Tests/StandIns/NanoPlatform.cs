using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

// Stand-ins of the System.Net / mscorlib types the Https driver touches besides the HTTP messages.
namespace DeviceFlow.Drivers.Https
{
    public class HttpWebRequest
    {
        public static int DefaultMaximumResponseHeadersLength { get; set; } = 4;
    }

    /// <summary>
    /// X509Certificate(string) parses at once (X509Certificate.cs L82-98); the native parser refuses what mbedTLS
    /// cannot read with CLR_E_INVALID_PARAMETER, an ArgumentException in managed code. .NET's PEM reader plays mbedTLS.
    /// </summary>
    public class X509Certificate
    {
        private readonly DateTime _expires;

        public X509Certificate(string certificate)
        {
            try
            {
                using X509Certificate2 parsed = X509Certificate2.CreateFromPem(certificate);
                _expires = parsed.NotAfter.ToUniversalTime();
            }
            catch (CryptographicException)
            {
                throw new ArgumentException();
            }
        }

        public DateTime GetExpirationDate() => _expires;
    }

    /// <summary>System.Threading.Timer on <see cref="NanoNet"/>'s virtual time.</summary>
    public sealed class Timer : IDisposable
    {
        private readonly System.Threading.TimerCallback _callback;
        private readonly object _state;

        public Timer(System.Threading.TimerCallback callback, object state, int dueTime, int period)
        {
            _callback = callback;
            _state = state;
            DueAt = NanoNet.Current.Time.MonotonicMilliseconds + dueTime;
            NanoNet.Current.Arm(this);
        }

        internal long DueAt { get; }

        internal void Fire() => _callback(_state);

        public void Dispose() => NanoNet.Current.Disarm(this);
    }
}
