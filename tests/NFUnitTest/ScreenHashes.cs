// Generated from the host's render of ScreenFrames. Regenerate after a deliberate change to a screen:
// UPDATE_SCREEN_HASHES=1 dotnet test tests/DeviceFlow.Device.Tests --filter ScreenHashFileTests
namespace NFUnitTest
{
    public static class ScreenHashes
    {
        public const uint ShowCodeWithQr = 0x523C8793;
        public const uint Message = 0xDA642794;
        public const uint WifiConnecting = 0xA9E71F50;
    }
}
