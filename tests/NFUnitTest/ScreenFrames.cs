using DeviceFlow.Core.Display;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Tokens;

namespace NFUnitTest
{
    /// <summary>
    /// The screens the on-device test draws into the panel's 1024-byte frame. The host regenerates
    /// <see cref="ScreenHashes"/> from these same methods (tests/DeviceFlow.Device.Tests/ScreenHashFileTests.cs), so on
    /// nanoCLR or a board the test proves the device draws byte for byte what the host draws.
    /// </summary>
    public static class ScreenFrames
    {
        /// <summary>RFC 8628 §3.3 with a QR of verification_uri_complete (§3.3.1), 9 of 10 minutes left.</summary>
        public static Frame ShowCodeWithQr()
        {
            Frame frame = new Frame();
            new ShowCodeScreen().Draw(frame, "WDJB-MJHT", "https://id.example/device", "https://id.example/device?user_code=WDJB-MJHT", 540, 600, PairingTrouble.None);
            return frame;
        }

        /// <summary>A message screen with all three parts: large title, wrapped body, inverted hint bar.</summary>
        public static Frame Message()
        {
            Frame frame = new Frame();
            new MessageScreens().Message(frame, "PAIRED", "Readings go to your account every minute", "Hold button: reset");
            return frame;
        }

        /// <summary>Joining Wi-Fi, second attempt.</summary>
        public static Frame WifiConnecting()
        {
            Frame frame = new Frame();
            new MessageScreens().WifiConnecting(frame, "workshop-net", 2);
            return frame;
        }

        /// <summary>CRC-32 of the whole frame (the core's own, so nothing else needs to run on the device).</summary>
        public static uint Hash(Frame frame)
        {
            return Crc32.Compute(frame.Bytes, 0, Frame.ByteCount);
        }
    }
}
