using DeviceFlow.Core.Tokens;

namespace DeviceFlow.Core.Lifecycle
{
    /// <summary>The device's boot behaviour, from its configuration.</summary>
    public sealed class LifecycleSettings
    {
        /// <summary>
        /// Start pairing without a press on the very first boot (a fresh board). Only once per device: a marker
        /// blob remembers it, so a reboot loop cannot spray device codes (RFC 8628 §3.5: wait for user interaction).
        /// </summary>
        public bool PairOnFirstBoot { get; set; }

        /// <summary>
        /// A boot-time refresh waits a random 0..this many milliseconds, so a fleet that reboots together (power
        /// outage, firmware update) does not hit the token endpoint in one burst. 0 turns it off.
        /// </summary>
        public int BootRefreshJitterMaxMs { get; set; } = 30000;

        public TokenPolicy Tokens { get; set; } = new TokenPolicy();
    }
}
