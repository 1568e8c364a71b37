using System.Collections.Generic;
using System.Linq;
using DeviceFlow.Core.Display;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Host;
using DeviceFlow.Testing;

namespace DeviceFlow.Screens.Tests;

/// <summary>
/// RFC 8628 §3.3: the device_code "is not intended for the end user". A whole device life (pairing with every
/// trouble, tokens, refresh trouble, a refusal, a reset, a denied pairing) runs with the real screen as both
/// observers; after every change, everything the screen was given and everything the screen itself holds is
/// walked field by field (private ones included), so a screen that could reach a secret by any path fails here.
/// </summary>
public class ScreenSecretsTests
{
    private const string RefreshedAccessToken = "at-refreshed-secret";
    private const string RefreshedRefreshToken = "rt-refreshed-secret";

    private static readonly string[] Secrets = [OAuthJson.DeviceCode, OAuthJson.AccessToken, OAuthJson.RefreshToken, RefreshedAccessToken, RefreshedRefreshToken];

    [Fact]
    public void Nothing_a_screen_is_given_or_keeps_reaches_the_device_code_or_a_token()
    {
        var time = new VirtualTime();
        var server = new ScriptedTransport(time, roundTripMs: 100)
            .ThenJson(200, OAuthJson.DeviceAuthorization())
            .ThenJson(400, OAuthJson.Error("authorization_pending"))
            .ThenJson(400, OAuthJson.Error("slow_down"))
            .Then(HttpResult.Failure(TransportOutcome.Timeout, "no answer"))
            .ThenJson(200, OAuthJson.Tokens(expiresIn: 600))
            .ThenJson(503, "{}")
            .ThenJson(200, "{\"access_token\":\"" + RefreshedAccessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":600,\"refresh_token\":\"" + RefreshedRefreshToken + "\"}")
            .ThenJson(400, OAuthJson.Error("invalid_client"))
            .ThenJson(200, "{}")
            .ThenJson(200, OAuthJson.DeviceAuthorization())
            .ThenJson(400, OAuthJson.Error("access_denied"));
        var screen = new WatchedScreen(new DeviceScreen(new RecordingDisplay()));
        var config = new ClientConfig
        {
            ClientId = "sensor-firmware",
            Scope = "openid offline_access",
            DeviceAuthorizationUrl = "https://as.example.com/device_authorization",
            TokenUrl = "https://as.example.com/token",
            RevocationUrl = "https://as.example.com/revoke",
        };
        var protocol = new DeviceFlowProtocol(config, server);
        var log = new RecordingLog();
        var lifecycle = new DeviceLifecycle(config, protocol, new PairingRunner(protocol, time, time, log, screen), new MemoryStorage(), time, time,
            new ScriptedButton(), new NoJitter(), log, screen, new LifecycleSettings { BootRefreshJitterMaxMs = 0 });

        lifecycle.Start();
        lifecycle.HandlePress(ButtonPress.Short);
        time.Advance(600_000);
        lifecycle.AccessToken();
        lifecycle.HandlePress(ButtonPress.Short);
        lifecycle.ReportUnauthorized(RefreshedAccessToken);
        lifecycle.HandlePress(ButtonPress.Long);
        lifecycle.HandlePress(ButtonPress.Short);

        Assert.Equal(11, server.Sent.Count);
        Assert.Contains(screen.Seen, s => s is PairingState { Phase: PairingPhase.Authorized });
        Assert.Contains(screen.Seen, s => s is PairingState { Phase: PairingPhase.ShowingCode, Trouble: PairingTrouble.Network });
        Assert.Contains(screen.Seen, s => s is LifecycleStatus { Reason: "invalid_client" });
        Assert.Empty(screen.Leaks);
    }

    [Fact]
    public void The_walk_finds_a_device_code_planted_anywhere_a_screen_could_reach()
    {
        // The check itself can fail: a screen handed the device code, however deep, is caught.
        var holder = new Dictionary<string, object> { ["nested"] = new object[] { new System.Collections.Hashtable { ["k"] = new KeyValuePair<int, string>(1, OAuthJson.DeviceCode) } } };
        Assert.Contains(OAuthJson.DeviceCode, Reachable.Strings(new { Private = holder }));
        Assert.Contains(OAuthJson.DeviceCode, Reachable.Strings(new DeviceAuthorization(OAuthJson.DeviceCode, "WDJB-MJHT", "https://e/d", null, 900, 5)));
    }

    /// <summary>The real screen, watched: after each change, walks what it got and what it holds.</summary>
    private sealed class WatchedScreen(DeviceScreen screen) : IPairingObserver, ILifecycleObserver
    {
        public List<object> Seen { get; } = new();

        public List<string> Leaks { get; } = new();

        public void Changed(PairingState state, long nowMs)
        {
            screen.Changed(state, nowMs);
            Check(state);
        }

        public void Changed(LifecycleStatus status)
        {
            screen.Changed(status);
            Check(status);
        }

        private void Check(object given)
        {
            Seen.Add(given);
            List<string> reachable = Reachable.Strings(given, screen);
            Leaks.AddRange(Secrets.Where(secret => reachable.Any(text => text.Contains(secret, System.StringComparison.Ordinal)))
                .Select(secret => given + " reaches " + secret[..6] + "…"));
        }
    }

    private sealed class NoJitter : IRandomSource
    {
        public int Next(int maxExclusive) => 0;
    }
}
