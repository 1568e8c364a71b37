using System;
using System.IO;
using System.Text;
using DeviceFlow.Core.Display;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Core.Ports;
using DeviceFlow.Host.Display;
using DeviceFlow.Testing;
using System.Linq;

namespace DeviceFlow.Screens.Tests;

/// <summary>The show-code screen read back off the frame: the code, the whole URL, and a QR a scanner decodes.</summary>
public class ShowCodeScreenTests
{
    private static readonly string PngDir = Path.Combine(AppContext.BaseDirectory, "screens");

    public static TheoryData<string, string, string> Providers => new()
    {
        { "oidc", ScreenKit.DeviceAuthorizationJson("WDJB-MJHT", "https://example.com/device", "https://example.com/device?user_code=WDJB-MJHT"), "https://example.com/device?user_code=WDJB-MJHT" },
        { "github", "device_code=3584d83530557fdd1f46af8289938c8ef79f9dc5&expires_in=899&interval=5&user_code=WDJB-MJHT&verification_uri=https%3A%2F%2Fgithub.com%2Flogin%2Fdevice", "https://github.com/login/device" },
        { "google", "{\"device_code\":\"AH-1Ng3\",\"user_code\":\"GQVQ-JKEC\",\"verification_url\":\"https://www.google.com/device\",\"expires_in\":1800,\"interval\":5}", "https://www.google.com/device" },
        { "entra", "{\"user_code\":\"FJ7Q8VXMA\",\"device_code\":\"DAQABAAEAAAD\",\"verification_uri\":\"https://microsoft.com/devicelogin\",\"expires_in\":900,\"interval\":5,\"message\":\"To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code FJ7Q8VXMA to authenticate.\"}", "https://microsoft.com/devicelogin" },
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Provider_answer_shows_code_url_and_a_QR_of_the_complete_or_plain_uri(string provider, string body, string expectedQr)
    {
        string contentType = body.StartsWith('{') ? "application/json" : "application/x-www-form-urlencoded";
        PairingState state = ScreenKit.ShowingCode(HttpResult.Completed(200, contentType, body, HttpResult.NoRetryAfter));
        var display = new RecordingDisplay();
        new DeviceScreen(display).Changed(state, 60_000);

        string png = Path.Combine(PngDir, "show-code-" + provider + ".png");
        FramePng.Save(display.Last, png, 4);
        Assert.True(new FileInfo(png).Length > 0);
        Assert.Equal(expectedQr, ScreenKit.DecodeQr(display.Last));
        Frame frame = FrameOf(display.Last);
        (string code, string url) = ShownCodeAndUrl(frame, state.UserCode);
        Assert.Equal(state.UserCode, code);
        Assert.Equal(VerificationUrl.Shorten(state.VerificationUri), url);
        Assert.Equal(Countdown.Format(state.SecondsLeft(60_000)), FrameText.Read(frame, Font.Small, 0, 56, Countdown.Format(state.SecondsLeft(60_000)).Length));
    }

    public static TheoryData<string> PresetUris => new(VerificationUris.All.Select(row => row.Name));

    /// <summary>issue 15: every preset's and the DevServer's URI gets a QR of two pixels per module, with code and URL whole.</summary>
    [Theory]
    [MemberData(nameof(PresetUris))]
    public void Every_preset_uri_gets_a_QR_of_two_pixels_per_module_beside_the_whole_code_and_url(string name)
    {
        VerificationUris.Row row = VerificationUris.All.Single(r => r.Name == name);
        string shown = VerificationUrl.Shorten(row.Uri);
        Frame frame = ScreenKit.Render(f => new ShowCodeScreen().Draw(f, row.UserCode, shown, row.QrText, 300, 900, PairingTrouble.None));

        // The server's text, or the same with scheme and host in capitals when only that fits version 3.
        string? decoded = ScreenKit.DecodeQr(frame.Bytes);
        Assert.True(decoded == row.QrText || (decoded == QrUrl.UpperSchemeAndHost(row.QrText) && QrCode.Encode(row.QrText, 3) == null), decoded);
        Assert.Equal(2.0, ScreenKit.QrModulePixels(frame.Bytes, 3), 1);
        Assert.Equal((row.UserCode, shown), ShownCodeAndUrl(frame, row.UserCode));
    }

    [Fact]
    public void Scheme_and_host_go_to_capitals_only_when_the_exact_uri_does_not_fit_version_3()
    {
        const string code = "WDJB-MJHT";
        string exactFits = "https://ex.co/d?c=" + new string('x', 30);
        string needsCapitals = "https://accounts.example.org/activate?user_code=WDJB-MJHT";
        Assert.Null(QrCode.Encode(needsCapitals, 3));
        var screen = new ShowCodeScreen();

        Frame exact = ScreenKit.Render(f => screen.Draw(f, code, "ex.co/d", exactFits, 300, 900, PairingTrouble.None));
        Frame upper = ScreenKit.Render(f => screen.Draw(f, code, "accounts.example.org/activate", needsCapitals, 300, 900, PairingTrouble.None));

        Assert.Equal(exactFits, ScreenKit.DecodeQr(exact.Bytes));
        Assert.Equal("HTTPS://ACCOUNTS.EXAMPLE.ORG/activate?user_code=WDJB-MJHT", ScreenKit.DecodeQr(upper.Bytes));
    }

    [Fact]
    public void A_uri_too_long_for_version_3_gets_no_QR_says_so_and_keeps_code_and_url()
    {
        VerificationUris.Row row = VerificationUris.Keycloak;
        string shown = VerificationUrl.Shorten(row.Uri);
        var screen = new ShowCodeScreen();
        Frame frame = ScreenKit.Render(f => screen.Draw(f, row.UserCode, shown, row.QrText, 300, 900, PairingTrouble.None));

        Assert.Null(ScreenKit.DecodeQr(frame.Bytes));
        Assert.Equal((row.UserCode, shown), ShownCodeAndUrl(frame, row.UserCode));
        Assert.Equal("5:00 no QR", FrameText.Read(frame, Font.Small, 0, 56, 10));
    }

    [Fact]
    public void Codes_up_to_15_and_urls_up_to_40_characters_show_whole_with_a_QR_or_a_no_QR_note()
    {
        var random = new Random(40);
        var screen = new ShowCodeScreen();
        int withQr = 0;
        for (int n = 0; n < 200; n++)
        {
            string code = RandomCode(random, random.Next(1, 16));
            string url = UriOfLength(random, random.Next(12, 41));
            Frame frame = ScreenKit.Render(f => screen.Draw(f, code, url, url, 300, 900, PairingTrouble.None));
            Assert.Equal((code, url), ShownCodeAndUrl(frame, code));
            string? decoded = ScreenKit.DecodeQr(frame.Bytes);
            if (decoded == null)
            {
                Assert.Equal("5:00 no QR", FrameText.Read(frame, Font.Small, 0, 56, 10));
                continue;
            }

            Assert.True(decoded == url || decoded == QrUrl.UpperSchemeAndHost(url), decoded);
            Assert.Equal(2.0, ScreenKit.QrModulePixels(frame.Bytes, 3), 1);
            withQr++;
        }

        Assert.True(withQr > 100, withQr + " of 200 got a QR");
    }

    [Fact]
    public void A_code_too_long_for_the_large_font_wraps_in_the_small_font_whole()
    {
        const string code = "ABCD-EFGH-JKLM-NPQR-STVW";
        var screen = new ShowCodeScreen();
        Frame frame = ScreenKit.Render(f => screen.Draw(f, code, "https://example.com/device", null, 300, 900, PairingTrouble.None));
        int[] starts = new int[2], lengths = new int[2];
        Assert.Equal(2, TextLayout.Wrap(code, 21, starts, lengths));
        string first = FrameText.Read(frame, Font.Small, (Frame.Width - Font.Small.Width(lengths[0])) / 2, 0, lengths[0]);
        string second = FrameText.Read(frame, Font.Small, (Frame.Width - Font.Small.Width(lengths[1])) / 2, 8, lengths[1]);
        Assert.Equal(code, first + second);
    }

    [Fact]
    public void A_url_longer_than_the_screen_ends_in_a_visible_cut_marker()
    {
        string url = UriOfLength(new Random(7), 130);
        var screen = new ShowCodeScreen();
        Frame frame = ScreenKit.Render(f => screen.Draw(f, "WDJB-MJHT", url, null, 300, 900, PairingTrouble.None));
        string shown = ReadUrl(frame);
        Assert.StartsWith(shown, url);
        Assert.True(shown.Length < url.Length);

        Frame marker = ScreenKit.Render(f =>
        {
            f.FillRect(0, 0, Font.Small.Advance, Font.Small.GlyphHeight, true);
            Font.Small.DrawChar(f, '>', 0, 0, false);
        });
        int markerX = 20 * Font.Small.Advance;
        int markerY = 16 + 4 * 8;
        for (int dy = 0; dy < Font.Small.GlyphHeight; dy++)
        {
            for (int dx = 0; dx < Font.Small.GlyphWidth; dx++)
            {
                Assert.Equal(marker.GetPixel(dx, dy), frame.GetPixel(markerX + dx, markerY + dy));
            }
        }
    }

    [Theory]
    [InlineData(PairingTrouble.SlowedDown, "busy 4:05")]
    [InlineData(PairingTrouble.Network, "offline")]
    public void Trouble_shows_an_inverted_warning_and_keeps_code_url_and_QR(PairingTrouble trouble, string warning)
    {
        var screen = new ShowCodeScreen();
        Frame frame = ScreenKit.Render(f => screen.Draw(f, "WDJB-MJHT", "https://example.com/device", "https://example.com/device", 245, 900, trouble));
        frame.InvertRect(0, 56, Frame.Width, 8);
        Assert.Equal(warning, FrameText.Read(frame, Font.Small, 1, 56, warning.Length));
        frame.InvertRect(0, 56, Frame.Width, 8);
        Assert.Equal(("WDJB-MJHT", "https://example.com/device"), ShownCodeAndUrl(frame, "WDJB-MJHT"));
        Assert.Equal("https://example.com/device", ScreenKit.DecodeQr(frame.Bytes));
    }

    [Fact]
    public void The_bar_shrinks_with_the_time_left()
    {
        var screen = new ShowCodeScreen();
        int Lit(int secondsLeft)
        {
            Frame frame = ScreenKit.Render(f => screen.Draw(f, "WDJB-MJHT", "https://example.com/device", null, secondsLeft, 900, PairingTrouble.None));
            int lit = 0;
            for (int x = 0; x < Frame.Width; x++)
            {
                lit += frame.GetPixel(x, 59) ? 1 : 0;
            }

            return lit;
        }

        Assert.True(Lit(900) > Lit(450));
        Assert.True(Lit(450) > Lit(10));
    }

    internal static Frame FrameOf(byte[] bytes)
    {
        var frame = new Frame();
        Array.Copy(bytes, frame.Bytes, bytes.Length);
        return frame;
    }

    /// <summary>The user code in the large font, centred on the top band (the layout without a QR).</summary>
    internal static string ReadCode(Frame frame, int length)
        => FrameText.Read(frame, Font.Large, (Frame.Width - Font.Large.Width(length)) / 2, 0, length);

    /// <summary>The URL lines from row <paramref name="top"/> to the status line, joined; a line ends at the first cell that is no character.</summary>
    internal static string ReadUrl(Frame frame, int top = 16)
    {
        var url = new StringBuilder();
        for (int y = top; y < 56; y += 8)
        {
            url.Append(FrameText.ReadLine(frame, Font.Small, 0, y));
        }

        return url.ToString();
    }

    /// <summary>
    /// The code and the URL as a reader finds them, whichever arrangement the screen chose: the code on one or two
    /// large lines at the left (beside a QR) or centred (no QR), or on small lines at the left; the URL on the small
    /// lines after it. Returns what it read, so a mismatch shows in the assertion.
    /// </summary>
    internal static (string Code, string Url) ShownCodeAndUrl(Frame frame, string code)
    {
        string first = FrameText.ReadLine(frame, Font.Large, 0, 0);
        if (first == code)
        {
            return (code, ReadUrl(frame, 16));
        }

        if (first.Length > 0 && first + FrameText.ReadLine(frame, Font.Large, 0, 16) == code)
        {
            return (code, ReadUrl(frame, 32));
        }

        if (code.Length > 0 && ReadCode(frame, code.Length) == code)
        {
            return (code, ReadUrl(frame, 16));
        }

        var small = new StringBuilder();
        for (int y = 0; y < 56 && small.Length < code.Length; y += 8)
        {
            small.Append(FrameText.ReadLine(frame, Font.Small, 0, y));
            if (small.ToString() == code)
            {
                return (code, ReadUrl(frame, y + 8));
            }
        }

        return (small.ToString(), ReadUrl(frame, 16));
    }

    private static string RandomCode(Random random, int length)
    {
        const string chars = "BCDFGHJKLMNPQRSTVWXZ0123456789-";
        var code = new StringBuilder();
        for (int i = 0; i < length; i++)
        {
            code.Append(chars[random.Next(chars.Length)]);
        }

        return code.ToString();
    }

    private static string UriOfLength(Random random, int length)
    {
        const string chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~";
        var uri = new StringBuilder("https://ex.co/d?c=");
        while (uri.Length < length)
        {
            uri.Append(chars[random.Next(chars.Length)]);
        }

        return uri.ToString(0, length);
    }
}
