namespace DeviceFlow.Core.Display
{
    /// <summary>
    /// Every screen that is a title, a few lines of text and an optional hint bar: boot, Wi-Fi, server contact,
    /// the endings of a pairing, factory reset, and short messages from other parts ("storage full").
    /// <code>
    ///      TITLE          rows 0–13   large font when it has the glyphs, else small
    ///  body text wrapped  rows 18–49  4 lines of 21 characters
    /// [ Press button  ]   rows 56–63  inverted hint bar
    /// </code>
    /// </summary>
    public sealed class MessageScreens
    {
        private const int BodyTop = 18;
        private const int BodyLines = 4;
        private const int HintTop = 56;
        private const int LineHeight = 8;

        private readonly TextBlock _text = new TextBlock();

        /// <summary>Title (short, ideally upper case), body and hint may each be null.</summary>
        public void Message(Frame frame, string title, string body, string hint)
        {
            frame.Clear();
            if (title != null)
            {
                DrawTitle(frame, title);
            }

            if (body != null)
            {
                _text.DrawCentered(frame, Font.Small, body, BodyTop, BodyLines, LineHeight);
            }

            if (hint != null)
            {
                frame.FillRect(0, HintTop, Frame.Width, Frame.Height - HintTop, true);
                int x = (Frame.Width - Font.Small.Width(hint.Length)) / 2;
                Font.Small.Draw(frame, hint, 0, hint.Length, x < 0 ? 0 : x, HintTop, false);
            }
        }

        private void DrawTitle(Frame frame, string title)
        {
            if (Font.Large.HasAll(title) && Font.Large.Width(title.Length) <= Frame.Width)
            {
                Font.Large.DrawCentered(frame, title, 0);
                return;
            }

            _text.DrawCentered(frame, Font.Small, title, 0, 2, LineHeight);
        }

        /// <summary>Joining Wi-Fi; attempt counts from 1 and is shown from the second try on.</summary>
        public void WifiConnecting(Frame frame, string ssid, int attempt)
        {
            string body = ssid == null || ssid.Length == 0 ? "Joining Wi-Fi" : "Joining " + ssid;
            Message(frame, "WI-FI", body, attempt > 1 ? "try " + attempt.ToString() : null);
        }

        public void WifiFailed(Frame frame, string reason, string hint)
        {
            Message(frame, "NO WI-FI", reason == null ? "Could not join the network" : reason, hint);
        }

        public void Booting(Frame frame, string version)
        {
            Message(frame, "DEVICEFLOW", version == null ? "Starting" : "Starting " + version, null);
        }

        public void ContactingServer(Frame frame)
        {
            Message(frame, "PAIRING", "Asking the server for a code...", null);
        }

        /// <summary>
        /// Not paired: pairing starts only on a press (RFC 8628 §3.5: wait for user interaction). reason says why when there is one (the
        /// lifecycle's "reset" after a factory reset, or a short secret-free cause such as "sign-in expired").
        /// </summary>
        public void NotPaired(Frame frame, string reason)
        {
            if (reason == null)
            {
                Message(frame, "NOT PAIRED", "Press the button to link this device to your account", null);
                return;
            }

            Message(frame, "NOT PAIRED", reason == "reset" ? "The account link was erased" : reason, "Press to pair");
        }

        /// <summary>The boot-time token refresh; reason says when it starts ("refreshing in 23 s to spread the load").</summary>
        public void Refreshing(Frame frame, string reason)
        {
            Message(frame, "SIGNING IN", reason == null ? "Renewing access to your account..." : reason, null);
        }

        /// <summary>Paired, but the last refresh went wrong (e.g. "refresh failed: timeout"); the device retries by itself, a press at once.</summary>
        public void PairedWithTrouble(Frame frame, string reason)
        {
            Message(frame, "PAIRED", reason, "Press to retry now");
        }

        /// <summary>The token store could not write: the sign-in lives in RAM only and a reboot loses it.</summary>
        public void StorageTrouble(Frame frame, bool full)
        {
            Message(frame, full ? "STORAGE FULL" : "FLASH ERROR", "Sign-in not saved: pair again after a reboot", null);
        }

        /// <summary>A long press: revoking the refresh token where the provider can, then forgetting the tokens.</summary>
        public void FactoryReset(Frame frame)
        {
            Message(frame, "RESET", "Signing out and erasing the account link", "Keep the power on");
        }
    }
}
