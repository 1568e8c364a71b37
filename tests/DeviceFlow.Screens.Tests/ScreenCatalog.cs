using System;
using DeviceFlow.Core.Display;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Testing;

namespace DeviceFlow.Screens.Tests;

/// <summary>One rendering of every screen the device shows, by name, reached the way the firmware reaches it.</summary>
internal static class ScreenCatalog
{
    public static readonly string[] Names =
    {
        "booting", "wifi-connecting", "wifi-failed", "not-paired", "contacting-server",
        "show-code-oidc", "show-code-github", "show-code-long-code", "show-code-slow-down", "show-code-network",
        "show-code-devserver", "show-code-no-qr",
        "authorized", "denied", "expired", "error", "factory-reset", "storage-full", "paired-idle",
        "refreshing", "paired-refresh-trouble", "not-paired-after-reset", "not-paired-sign-in-expired",
        "refreshing-jitter", "error-no-connection", "discovery-retry",
    };

    private const long Now = 65_000;

    public static string NameOf(PairingPhase phase) => phase switch
    {
        PairingPhase.Idle => "not-paired",
        PairingPhase.RequestingCode => "contacting-server",
        PairingPhase.ShowingCode => "show-code-oidc",
        PairingPhase.Authorized => "authorized",
        PairingPhase.Denied => "denied",
        PairingPhase.Expired => "expired",
        _ => "error",
    };

    public static byte[] Render(string name)
    {
        var display = new RecordingDisplay();
        var screen = new DeviceScreen(display);
        PairingState oidc = ScreenKit.ShowingCode(OAuthJson.DeviceAuthorization());
        switch (name)
        {
            case "booting": screen.ShowBooting("1.0.0"); break;
            case "wifi-connecting": screen.ShowWifiConnecting("workshop-2G", 3); break;
            case "wifi-failed": screen.ShowWifiFailed("Network workshop-2G not found", "Retry in 8 s"); break;
            case "not-paired": screen.Changed(PairingState.Idle, 0); break;
            case "contacting-server": screen.Changed(PairingMachine.Step(PairingState.Idle, PairingEvent.StartRequested(), 0), 0); break;
            case "show-code-oidc": screen.Changed(oidc, Now); break;
            case "show-code-github":
                screen.Changed(ScreenKit.ShowingCode(HttpResult.Completed(200, "application/x-www-form-urlencoded", "device_code=3584d835&expires_in=899&interval=5&user_code=WDJB-MJHT&verification_uri=https%3A%2F%2Fgithub.com%2Flogin%2Fdevice", HttpResult.NoRetryAfter)), Now);
                break;
            case "show-code-long-code":
                screen.Changed(ScreenKit.ShowingCode(ScreenKit.DeviceAuthorizationJson("BCDF-GHJK-LMNP-Q", "https://accounts.example.org/activate", null, 1800)), Now);
                break;
            case "show-code-devserver":
                screen.Changed(ScreenKit.ShowingCode(ScreenKit.DeviceAuthorizationJson(VerificationUris.DevServer.UserCode, VerificationUris.DevServer.Uri, VerificationUris.DevServer.Complete)), Now);
                break;
            case "show-code-no-qr":
                screen.Changed(ScreenKit.ShowingCode(ScreenKit.DeviceAuthorizationJson(VerificationUris.Keycloak.UserCode, VerificationUris.Keycloak.Uri, VerificationUris.Keycloak.Complete)), Now);
                break;
            case "show-code-slow-down": screen.Changed(ScreenKit.Polled(oidc, OAuthJson.Error("slow_down")), Now); break;
            case "show-code-network": screen.Changed(ScreenKit.Polled(oidc, HttpResult.Failure(TransportOutcome.Timeout, "timeout")), Now); break;
            case "authorized": screen.Changed(ScreenKit.Polled(oidc, OAuthJson.Tokens()), Now); break;
            case "denied": screen.Changed(ScreenKit.Polled(oidc, OAuthJson.Error("access_denied")), Now); break;
            case "expired": screen.Changed(ScreenKit.Polled(oidc, OAuthJson.Error("expired_token")), Now); break;
            case "error": screen.Changed(ScreenKit.Polled(oidc, OAuthJson.Error("invalid_client")), Now); break;
            case "factory-reset": screen.Changed(new LifecycleStatus(LifecyclePhase.Resetting, null, StorageResult.Ok)); break;
            case "storage-full": screen.Changed(new LifecycleStatus(LifecyclePhase.Ready, null, StorageResult.Full)); break;
            case "refreshing": screen.Changed(new LifecycleStatus(LifecyclePhase.Refreshing, null, StorageResult.Ok)); break;
            case "paired-refresh-trouble": screen.Changed(new LifecycleStatus(LifecyclePhase.Ready, "refresh failed: timeout", StorageResult.Ok)); break;
            case "not-paired-after-reset": screen.Changed(new LifecycleStatus(LifecyclePhase.WaitingForPress, "reset", StorageResult.Ok)); break;
            case "not-paired-sign-in-expired": screen.Changed(new LifecycleStatus(LifecyclePhase.WaitingForPress, "sign-in expired", StorageResult.Ok)); break;
            case "refreshing-jitter": screen.Changed(new LifecycleStatus(LifecyclePhase.Refreshing, "refreshing in 23 s to spread the load", StorageResult.Ok)); break;
            case "error-no-connection":
                screen.Changed(PairingMachine.Step(PairingMachine.Step(PairingState.Idle, PairingEvent.StartRequested(), 0), PairingEvent.CodeAnswered(new Core.Protocol.DeviceAuthorizationAnswer(null, null, "cannot connect (certificate not trusted)"), 0), 0), Now);
                break;
            case "discovery-retry":
                screen.ShowMessage(Core.Firmware.ProviderSetup.Title, "metadata: cannot connect (certificate not trusted)", "Try 3 of 5 in 4 s");
                break;
            case "paired-idle":
                screen.Changed(ScreenKit.Polled(oidc, OAuthJson.Tokens()), Now);
                screen.ShowPairedIdle();
                Assert.False(display.PowerChanges[^1]);
                break;
            default: throw new ArgumentException("no screen called " + name);
        }

        return display.Last;
    }
}
