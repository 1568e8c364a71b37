using System;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Host;

namespace DeviceFlow.Measure.Fleet;

/// <summary>
/// A fleet that reboots at t = 0, in virtual time. Each device runs the real core (DeviceFlowProtocol, and for
/// pairing the PairingRunner over PairingMachine) against one shared provider that counts arrivals. Devices do
/// not interact except through that count, so they run one after another, each on its own clock.
/// </summary>
public static class FleetSimulation
{
    /// <summary>A round trip to the provider: Wi-Fi, TLS and the provider's work (80–400 ms).</summary>
    public static long RoundTripMs(Random random) => Draw.Uniform(random, 80, 400);

    /// <summary>Power back: the access point and Wi-Fi join, DHCP and SNTP take 3–5 s before the first request.</summary>
    public static long NetworkReadyMs(Random random) => Draw.Uniform(random, 3000, 5000);

    public static ClientConfig Config() => new()
    {
        ClientId = "sensor-firmware",
        Scope = "openid offline_access",
        DeviceAuthorizationUrl = FleetProvider.DeviceAuthorizationUrl,
        TokenUrl = FleetProvider.TokenUrl,
    };

    /// <summary>Every device has stored tokens that need refreshing: one refresh once its network is up, plus its delay.</summary>
    public static FleetProvider RebootWithStoredTokens(int devices, int seed, Func<Random, long> refreshDelayMs)
    {
        var random = new Random(seed);
        var provider = new FleetProvider();
        var parser = new SystemTextJsonParser();
        for (int i = 0; i < devices; i++)
        {
            var time = new DeviceTime(NetworkReadyMs(random) + refreshDelayMs(random), 0);
            var protocol = new DeviceFlowProtocol(Config(), new DeviceLink(provider, time, RoundTripMs(random)), parser);
            if (protocol.Refresh("rt-" + i).Kind != TokenAnswerKind.Tokens)
            {
                throw new InvalidOperationException("fleet model: refresh of device " + i + " failed");
            }
        }

        return provider;
    }

    /// <summary>
    /// Every device needs pairing. RFC 8628 §3.1: a device asks for a code only when its user presses the button,
    /// so the press times drive the load. Each user approves some time after the code is shown.
    /// </summary>
    public static FleetProvider RebootNeedingPairing(int devices, int seed, Func<Random, long> pressAtMs, Func<Random, long> firstPollExtraMs, int intervalSeconds)
    {
        var random = new Random(seed);
        var provider = new FleetProvider { IntervalSeconds = intervalSeconds };
        var parser = new SystemTextJsonParser();
        for (int i = 0; i < devices; i++)
        {
            long pressAt = Math.Max(pressAtMs(random), NetworkReadyMs(random));
            var time = new DeviceTime(pressAt, firstPollExtraMs(random));
            var protocol = new DeviceFlowProtocol(Config(), new DeviceLink(provider, time, RoundTripMs(random)), parser);
            provider.NextDeviceCode = "dc-" + i;
            provider.NextApprovalDelayMs = ApprovalDelayMs(random);
            PairingState end = new PairingRunner(protocol, time, time, Silent.Instance, Silent.Instance).Pair();
            if (end.Phase != PairingPhase.Authorized)
            {
                throw new InvalidOperationException("fleet model: device " + i + " ended " + end.Phase + " (" + end.Reason + ")");
            }
        }

        return provider;
    }

    /// <summary>Reading the code, opening the page on a phone, signing in, typing it: at least 15 s, median about 45 s.</summary>
    public static long ApprovalDelayMs(Random random) => 15000 + Draw.LogNormal(random, 30000, 0.6);
}
