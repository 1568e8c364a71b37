using DeviceFlow.Core.Display;
using nanoFramework.TestFramework;

namespace NFUnitTest
{
    /// <summary>
    /// Every text screen the board shows goes through the fonts, the frame and (show-code) the QR encoder: the
    /// path nanoCLR's eager static initialisation once broke (issue 11). Each frame must hash to the host's render.
    /// </summary>
    [TestClass]
    public class ScreenTests
    {
        [TestMethod]
        public static void The_show_code_screen_with_its_QR_matches_the_host()
        {
            Frame frame = ScreenFrames.ShowCodeWithQr();

            Assert.IsTrue(LitPixels(frame) > 500, "a QR and a large code light hundreds of pixels");
            Assert.AreEqual(ScreenHashes.ShowCodeWithQr, ScreenFrames.Hash(frame));
        }

        [TestMethod]
        public static void A_message_screen_matches_the_host()
        {
            Frame frame = ScreenFrames.Message();

            Assert.IsTrue(Lit(frame, 0, Frame.Height - 1), "the hint bar is lit to the edge");
            Assert.AreEqual(ScreenHashes.Message, ScreenFrames.Hash(frame));
        }

        [TestMethod]
        public static void The_wifi_screen_matches_the_host()
        {
            Frame frame = ScreenFrames.WifiConnecting();

            Assert.IsTrue(LitPixels(frame) > 100, "title and SSID are drawn");
            Assert.AreEqual(ScreenHashes.WifiConnecting, ScreenFrames.Hash(frame));
        }

        private static int LitPixels(Frame frame)
        {
            int lit = 0;
            for (int x = 0; x < Frame.Width; x++)
            {
                for (int y = 0; y < Frame.Height; y++)
                {
                    if (Lit(frame, x, y))
                    {
                        lit++;
                    }
                }
            }

            return lit;
        }

        /// <summary>One pixel of the SSD1306 page layout the frame holds: 8 rows per byte, least significant bit on top.</summary>
        private static bool Lit(Frame frame, int x, int y)
        {
            return (frame.Bytes[(y / 8) * Frame.Width + x] & (1 << (y % 8))) != 0;
        }
    }
}
