using System;
using DeviceFlow.Core.Ports;

namespace DeviceFlow.Core.Tokens
{
    /// <summary>How an access token's end of life is known.</summary>
    public enum ExpiryKind
    {
        /// <summary>The server gave no expires_in (it is only RECOMMENDED, RFC 6749 §5.1): valid until a 401.</summary>
        None = 0,

        /// <summary>Absolute UTC time, in seconds since 1970 (the wall clock was known when the token arrived).</summary>
        Utc = 1,

        /// <summary>Monotonic milliseconds of the boot that received the token (the wall clock was unknown).</summary>
        SinceBoot = 2,

        /// <summary>A <see cref="SinceBoot"/> expiry read back after a reboot: its age cannot be known.</summary>
        Unknowable = 3,
    }

    /// <summary>Where an access token stands against its expiry.</summary>
    public enum TokenFreshness
    {
        Fresh,

        /// <summary>Inside the skew margin, or of unknowable age: refresh now, but it may still be used.</summary>
        RefreshDue,

        /// <summary>Past its expiry: must not be used.</summary>
        Expired,
    }

    /// <summary>An access token's absolute expiry. Immutable.</summary>
    public sealed class TokenExpiry
    {
        public static readonly TokenExpiry Never = new TokenExpiry(ExpiryKind.None, 0);

        /// <summary>No DateTimeKind: nanoFramework's DateTime lacks it, and subtraction ignores the kind anyway.</summary>
        private static readonly DateTime UnixEpoch = new DateTime(1970, 1, 1, 0, 0, 0);

        public TokenExpiry(ExpiryKind kind, long value)
            : this(kind, value, 0)
        {
        }

        private TokenExpiry(ExpiryKind kind, long value, int lifetimeSeconds)
        {
            Kind = kind;
            Value = value;
            LifetimeSeconds = lifetimeSeconds;
        }

        public ExpiryKind Kind { get; }

        /// <summary>Unix seconds for <see cref="ExpiryKind.Utc"/>, monotonic ms for <see cref="ExpiryKind.SinceBoot"/>, else 0.</summary>
        public long Value { get; }

        /// <summary>
        /// The expires_in this expiry came from, or 0 when unknown (a record read from flash: the record keeps the
        /// expiry only, so a later boot uses the full margin once, until the next refresh tells the lifetime again).
        /// </summary>
        public int LifetimeSeconds { get; }

        /// <summary>
        /// The expiry of a token whose request went out at <paramref name="sentAtMs"/>: counting from the send time
        /// removes the round trip from the lifetime (golang/oauth2 does the same).
        /// </summary>
        public static TokenExpiry FromLifetime(int expiresInSeconds, long sentAtMs, IClock clock)
        {
            if (expiresInSeconds <= 0)
            {
                return Never;
            }

            DateTime utcNow;
            if (clock.TryGetUtcNow(out utcNow))
            {
                long elapsedSeconds = (clock.MonotonicMilliseconds - sentAtMs) / 1000;
                return new TokenExpiry(ExpiryKind.Utc, UnixSeconds(utcNow) - elapsedSeconds + expiresInSeconds, expiresInSeconds);
            }

            return new TokenExpiry(ExpiryKind.SinceBoot, sentAtMs + (expiresInSeconds * 1000L), expiresInSeconds);
        }

        /// <summary>This expiry as seen by a later boot: monotonic times of an earlier boot mean nothing.</summary>
        public TokenExpiry AfterReboot()
        {
            return Kind == ExpiryKind.SinceBoot ? new TokenExpiry(ExpiryKind.Unknowable, 0) : this;
        }

        public TokenFreshness Freshness(IClock clock, int skewSeconds)
        {
            long msLeft;
            switch (Kind)
            {
                case ExpiryKind.None:
                    return TokenFreshness.Fresh;
                case ExpiryKind.SinceBoot:
                    msLeft = Value - clock.MonotonicMilliseconds;
                    break;
                case ExpiryKind.Utc:
                    DateTime utcNow;
                    if (!clock.TryGetUtcNow(out utcNow))
                    {
                        return TokenFreshness.RefreshDue;
                    }

                    msLeft = (Value - UnixSeconds(utcNow)) * 1000;
                    break;
                default:
                    return TokenFreshness.RefreshDue;
            }

            if (msLeft <= 0)
            {
                return TokenFreshness.Expired;
            }

            return msLeft <= skewSeconds * 1000L ? TokenFreshness.RefreshDue : TokenFreshness.Fresh;
        }

        public bool SameAs(TokenExpiry other)
        {
            return other != null && other.Kind == Kind && other.Value == Value;
        }

        private static long UnixSeconds(DateTime utc)
        {
            return (utc - UnixEpoch).Ticks / TimeSpan.TicksPerSecond;
        }
    }
}
