using DeviceFlow.Core.Display;

namespace DeviceFlow.Screens.Tests;

/// <summary>RFC 3986 §3.1 and §3.2.2: scheme and host are case-insensitive, the rest is not.</summary>
public class QrUrlTests
{
    [Theory]
    [InlineData("https://github.com/login/device", "HTTPS://GITHUB.COM/login/device")]
    [InlineData("https://127.0.0.1:54321/device?user_code=7318-3248-2294", "HTTPS://127.0.0.1:54321/device?user_code=7318-3248-2294")]
    [InlineData("https://Dev-Abc.okta.com?user_code=ab", "HTTPS://DEV-ABC.OKTA.COM?user_code=ab")]
    [InlineData("https://ex.com#Frag", "HTTPS://EX.COM#Frag")]
    [InlineData("https://user:Pass@ex.com/x", "https://user:Pass@ex.com/x")]
    [InlineData("github.com/login/device", "github.com/login/device")]
    [InlineData("https://exämple.com/é", "HTTPS://EXäMPLE.COM/é")]
    public void Only_ascii_letters_of_scheme_and_host_go_to_capitals(string url, string expected)
        => Assert.Equal(expected, QrUrl.UpperSchemeAndHost(url));
}
