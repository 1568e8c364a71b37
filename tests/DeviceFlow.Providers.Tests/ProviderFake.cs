using System.Collections.Generic;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Providers;

namespace DeviceFlow.Providers.Tests;

/// <summary>
/// One provider as its documentation describes it: the answers it gives (status, content type, body) and the
/// requests it expects from the device. Built in <see cref="ProviderFakes"/>.
/// </summary>
public sealed class ProviderFake
{
    public required string Preset { get; init; }

    public required ProviderSettings Settings { get; init; }

    public required HttpResult DeviceAuthorization { get; init; }

    public required HttpResult Pending { get; init; }

    public required HttpResult SlowDown { get; init; }

    public required HttpResult Denied { get; init; }

    /// <summary>What the token endpoint says once the code has lapsed, in order (Auth0: expired_token once, then invalid_grant).</summary>
    public required HttpResult[] Expired { get; init; }

    public required HttpResult Tokens { get; init; }

    public required string AccessToken { get; init; }

    public required string UserCode { get; init; }

    public required int IntervalSeconds { get; init; }

    /// <summary>The interval the provider names in its slow_down answer (GitHub), or 0.</summary>
    public int SlowDownIntervalSeconds { get; init; }

    public required string DeviceAuthorizationUrl { get; init; }

    public required string TokenUrl { get; init; }

    /// <summary>Exactly the form parameters the device authorization request must carry.</summary>
    public required Dictionary<string, string> DeviceAuthorizationForm { get; init; }

    /// <summary>Exactly the form parameters each token request must carry (the device code is filled in by the test).</summary>
    public required Dictionary<string, string> TokenForm { get; init; }

    /// <summary>The Authorization header the provider expects, or null for none.</summary>
    public string? Authorization { get; init; }

    public string? ShortVerificationUrl { get; init; }

    /// <summary>Values the log must never hold.</summary>
    public required string[] Secrets { get; init; }

    public override string ToString() => Preset;
}
