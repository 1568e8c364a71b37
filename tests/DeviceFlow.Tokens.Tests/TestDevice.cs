using System.Collections.Generic;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Tokens;
using DeviceFlow.Testing;

namespace DeviceFlow.Tokens.Tests;

/// <summary>Always the same "random" jitter, so tests can predict when the boot refresh goes out.</summary>
public sealed class FixedRandom : IRandomSource
{
    private readonly int _value;

    public FixedRandom(int value) => _value = value;

    public List<int> Bounds { get; } = new();

    public int Next(int maxExclusive)
    {
        Bounds.Add(maxExclusive);
        return _value < maxExclusive ? _value : maxExclusive - 1;
    }
}

public sealed class RecordingLifecycleObserver : ILifecycleObserver
{
    public List<LifecycleStatus> Statuses { get; } = new();

    public void Changed(LifecycleStatus status) => Statuses.Add(status);
}

/// <summary>
/// One simulated board: virtual time, a scripted authorization server, flash that survives "reboots", a scripted
/// button. <see cref="Reboot"/> builds a fresh lifecycle over the same flash, as a power cycle would.
/// </summary>
public sealed class TestDevice
{
    public const string TokenUrl = "https://as.example.com/token";
    public const string RevocationUrl = "https://as.example.com/revoke";

    public TestDevice(string? revocationUrl = RevocationUrl, int jitterMs = 0, bool pairOnFirstBoot = false, IRandomSource? random = null)
    {
        Config = new ClientConfig
        {
            ClientId = "sensor-firmware",
            Scope = "openid offline_access",
            AuthStyle = ClientAuthStyle.None,
            DeviceAuthorizationUrl = "https://as.example.com/device_authorization",
            TokenUrl = TokenUrl,
            RevocationUrl = revocationUrl,
        };
        Settings = new LifecycleSettings { PairOnFirstBoot = pairOnFirstBoot, BootRefreshJitterMaxMs = 30000 };
        Random = new FixedRandom(jitterMs);
        _random = random ?? Random;
        Server = new ScriptedTransport(Time, roundTripMs: 100);
        Lifecycle = Build();
    }

    private readonly IRandomSource _random;

    public VirtualTime Time { get; } = new();

    public ScriptedTransport Server { get; }

    public MemoryStorage Flash { get; } = new();

    public RecordingLog Log { get; } = new();

    public RecordingLifecycleObserver Observer { get; } = new();

    /// <summary>Every pairing state the runner showed, across reboots.</summary>
    public RecordingObserver Pairings { get; } = new();

    public ScriptedButton Button { get; set; } = new();

    public FixedRandom Random { get; }

    public ClientConfig Config { get; }

    public LifecycleSettings Settings { get; }

    public DeviceLifecycle Lifecycle { get; private set; }

    public AccessTokenSource Tokens => Lifecycle.Tokens;

    /// <summary>A power cycle: RAM is gone, flash stays, and the wall clock may be unknown until SNTP.</summary>
    public DeviceLifecycle Reboot(bool wallClockKnown = true)
    {
        Time.WallClockKnown = wallClockKnown;
        Lifecycle = Build();
        return Lifecycle;
    }

    /// <summary>Stores tokens as a previous boot would have left them, expiring <paramref name="expiresInSeconds"/> from now.</summary>
    public void StoreTokens(string accessToken, string refreshToken, int expiresInSeconds)
    {
        var store = new TokenStore(Flash, TokenStore.IdentityOf(TokenUrl, Config.ClientId), new RecordingLog());
        store.Load();
        Assert.True(Time.TryGetUtcNow(out var now));
        long unixNow = (now - System.DateTime.UnixEpoch).Ticks / System.TimeSpan.TicksPerSecond;
        store.Save(new TokenSet(accessToken, refreshToken, "Bearer", "openid offline_access", new TokenExpiry(ExpiryKind.Utc, unixNow + expiresInSeconds)));
    }

    public TokenSet? StoredTokens()
        => new TokenStore(Flash.Clone(), TokenStore.IdentityOf(TokenUrl, Config.ClientId), new RecordingLog()).Load();

    public ScriptedTransport RefreshAnswers(string accessToken, string? refreshToken, int expiresIn = 3600, string tokenType = "Bearer")
        => Server.ThenJson(200, "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"" + tokenType + "\",\"expires_in\":" + expiresIn
            + (refreshToken == null ? string.Empty : ",\"refresh_token\":\"" + refreshToken + "\"") + "}");

    public ScriptedTransport PairingAnswers()
        => Server.ThenJson(200, OAuthJson.DeviceAuthorization()).ThenJson(200, OAuthJson.Tokens());

    private DeviceLifecycle Build()
    {
        var protocol = new DeviceFlowProtocol(Config, Server);
        var pairing = new PairingRunner(protocol, Time, Time, Log, Pairings);
        return new DeviceLifecycle(Config, protocol, pairing, Flash, Time, Time, new LazyButton(this), _random, Log, Observer, Settings);
    }

    /// <summary>Reads <see cref="Button"/> at press time, so a test can script presses after building the device.</summary>
    private sealed class LazyButton : IButton
    {
        private readonly TestDevice _device;

        public LazyButton(TestDevice device) => _device = device;

        public ButtonPress WaitForPress(int timeoutMilliseconds) => _device.Button.WaitForPress(timeoutMilliseconds);
    }
}
