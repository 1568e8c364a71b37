using System;

namespace DeviceFlow.DevServer;

/// <summary>How a DevServer behaves. Defaults suit a person pairing by hand; tests shorten the times.</summary>
public sealed class DevServerOptions
{
    /// <summary>The public client seeded for the firmware (RFC 8628 §5.6: a device is a public client).</summary>
    public const string FirmwareClientId = "deviceflow-firmware";

    /// <summary>The scope the sensor API wants; offline_access is what earns a refresh token.</summary>
    public const string ReadingsScope = "readings";

    /// <summary>The one local user that signs in on the verification page.</summary>
    public const string DevUserName = "maker";

    /// <summary>Where the CA, the keys and the SQLite store live; created when absent, readable by its owner only (git-ignored).</summary>
    public string DataFolder { get; set; } = "devserver-data";

    /// <summary>Port on 127.0.0.1; 0 picks a free one (tests). The simulator uses a fixed port so stored tokens keep their issuer.</summary>
    public int Port { get; set; } = 7443;

    /// <summary>The "interval" the device authorization response tells the device (RFC 8628 §3.2).</summary>
    public int IntervalSeconds { get; set; } = 5;

    /// <summary>How long a device code and its user code stay valid ("expires_in").</summary>
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>What the token endpoint does with each device-code poll, before OpenIddict sees it.</summary>
    public PollScript PollScript { get; set; } = PollScripts.Honest;

    /// <summary>The Retry-After seconds a <see cref="PollVerdict.Throttle"/> answer carries.</summary>
    public int ThrottleRetryAfterSeconds { get; set; } = 8;

    /// <summary>How long a <see cref="PollVerdict.Stall"/> answer holds the request.</summary>
    public TimeSpan StallTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The server's clock for OpenIddict (code and token creation, lifetimes, expiry checks) and the sign-in cookie;
    /// null is the system clock. Tests pass a fake one and advance it instead of waiting.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Log ASP.NET Core's own messages to the console (the exe does; in-process hosts stay quiet).</summary>
    public bool ConsoleLogging { get; set; }

    /// <summary>Also log to this provider, with the console's filters (tests read what the console would print).</summary>
    public Microsoft.Extensions.Logging.ILoggerProvider? LoggerProvider { get; set; }
}
