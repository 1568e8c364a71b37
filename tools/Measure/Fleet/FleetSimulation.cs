using System;
using DeviceFlow.Core.Lifecycle;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Tokens;
using DeviceFlow.Testing;

namespace DeviceFlow.Measure.Fleet;

/// <summary>
/// A fleet that reboots at t = 0, in virtual time. Each device runs the real core (DeviceLifecycle's boot policy for
/// refreshes, the PairingRunner over PairingMachine for pairing) against one shared provider that counts arrivals. Devices do
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

    /// <summary>
    /// Every device has stored tokens whose age cannot be known after the reboot (so a refresh is due), and boots
    /// through the firmware's DeviceLifecycle: its boot policy waits the configured random jitter, then refreshes.
    /// </summary>
    public static FleetProvider RebootWithStoredTokens(int devices, int seed, int bootRefreshJitterMaxMs)
    {
        var random = new Random(seed);
        var jitter = new SystemRandomSource(seed);
        var settings = new LifecycleSettings { BootRefreshJitterMaxMs = bootRefreshJitterMaxMs };
        var provider = new FleetProvider();
        ClientConfig config = Config();
        for (int i = 0; i < devices; i++)
        {
            var flash = new MemoryStorage();
            new TokenStore(flash, TokenStore.IdentityOf(config.TokenUrl, config.ClientId), Silent.Instance)
                .Save(new TokenSet("at-" + i, "rt-" + i, "Bearer", null, new TokenExpiry(ExpiryKind.Unknowable, 0)));
            var time = new DeviceTime(NetworkReadyMs(random));
            var protocol = new DeviceFlowProtocol(config, new DeviceLink(provider, time, RoundTripMs(random)));
            var pairing = new PairingRunner(protocol, time, time, Silent.Instance, Silent.Instance);
            var device = new DeviceLifecycle(config, protocol, pairing, flash, time, time, Silent.Instance, jitter, Silent.Instance, Silent.Instance, settings);
            if (device.Start() != LifecyclePhase.Ready || provider.Refreshes.Total != i + 1)
            {
                throw new InvalidOperationException("fleet model: device " + i + " did not boot by one refresh (" + device.Phase + ")");
            }
        }

        return provider;
    }

    /// <summary>
    /// Every device needs pairing and boots through the firmware's DeviceLifecycle. The firmware (RFC 8628 §3.5, wait for user interaction) asks
    /// for a code only when its user presses the button (<paramref name="pressAtMs"/>), so the presses drive the
    /// load; with no press times, every board pairs at power-on (LifecycleSettings.PairOnFirstBoot, a fresh fleet).
    /// Each user approves some time after the code is shown. A first-boot pairing jitters its first poll with
    /// the device's random source; <paramref name="firstPollJitter"/> false gives every device a source of zeros.
    /// </summary>
    public static FleetProvider RebootNeedingPairing(int devices, int seed, Func<Random, long>? pressAtMs, bool firstPollJitter, int intervalSeconds)
    {
        var random = new Random(seed);
        IRandomSource jitter = firstPollJitter ? new SystemRandomSource(seed) : NoJitter.Instance;
        var provider = new FleetProvider { IntervalSeconds = intervalSeconds };
        var settings = new LifecycleSettings { PairOnFirstBoot = pressAtMs is null };
        ClientConfig config = Config();
        for (int i = 0; i < devices; i++)
        {
            var time = new DeviceTime(NetworkReadyMs(random));
            var protocol = new DeviceFlowProtocol(config, new DeviceLink(provider, time, RoundTripMs(random)));
            var pairing = new PairingRunner(protocol, time, time, Silent.Instance, Silent.Instance);
            var device = new DeviceLifecycle(config, protocol, pairing, new MemoryStorage(), time, time, Silent.Instance, jitter, Silent.Instance, Silent.Instance, settings);
            provider.NextDeviceCode = "dc-" + i;
            provider.NextApprovalDelayMs = ApprovalDelayMs(random);
            if (pressAtMs is not null)
            {
                long pressAt = pressAtMs(random);
                device.Start();
                time.Advance(Math.Max(0, pressAt - time.MonotonicMilliseconds));
                device.HandlePress(ButtonPress.Short);
            }
            else
            {
                device.Start();
            }

            if (!device.IsPaired)
            {
                throw new InvalidOperationException("fleet model: device " + i + " did not pair (" + device.Phase + ")");
            }
        }

        return provider;
    }

    /// <summary>Reading the code, opening the page on a phone, signing in, typing it: at least 15 s, median about 45 s.</summary>
    public static long ApprovalDelayMs(Random random) => 15000 + Draw.LogNormal(random, 30000, 0.6);
}
