using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Threading.Tasks;
using DeviceFlow.Core.Pairing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>
/// A person's path through the verification page in a real browser (headless Chromium driven by Playwright):
/// type the code from the device's screen, sign in, approve; the device then gets its tokens.
/// </summary>
public sealed class BrowserApprovalTests
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly ITestOutputHelper _output;

    public BrowserApprovalTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [ChromiumFact]
    public async Task A_user_types_the_code_signs_in_and_approves_in_chromium_and_the_device_pairs()
    {
        await using TestBench bench = await TestBench.StartAsync(o => o.IntervalSeconds = 2);
        var screen = new CodeWatcher();
        Task<PairingState> pairing = Task.Run(() => bench.Runner(screen).Pair());
        string userCode = await screen.FirstCode.WaitAsync(TimeSpan.FromSeconds(30));

        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = [.. ChromiumArgs, "--ignore-certificate-errors-spki-list=" + SpkiPin(bench)],
        });
        IPage page = await browser.NewPageAsync();
        await page.GotoAsync(bench.Server.VerificationPage.ToString());
        await page.ClickAsync("#sign-in");
        await page.FillAsync("#user-code-input", userCode);
        await page.ClickAsync("#continue");
        Assert.Equal(userCode, await page.InnerTextAsync("#user-code"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ArtifactPath("verification-consent.png"), FullPage = true });
        await page.ClickAsync("#approve");
        string outcome = await page.InnerTextAsync("#outcome");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ArtifactPath("verification-approved.png"), FullPage = true });

        Assert.StartsWith("Approved", outcome);
        Assert.Equal(PairingPhase.Authorized, (await pairing.WaitAsync(TimeSpan.FromSeconds(30))).Phase);
        IReadOnlyList<TimeSpan> polls = bench.Server.Counters.PollTimesFor(userCode);
        Assert.Contains("authorized after " + polls.Count + " polls", bench.Log.All);
        for (int i = 1; i < polls.Count; i++)
        {
            Assert.True(polls[i] - polls[i - 1] >= TimeSpan.FromSeconds(2), "poll " + (i + 1) + " came early");
        }
    }

    /// <summary>Chromium trusts only this server's key (SHA-256 of its SubjectPublicKeyInfo): a pin, not "accept any certificate".</summary>
    private static string SpkiPin(TestBench bench)
    {
        return Convert.ToBase64String(SHA256.HashData(bench.Server.TlsCertificate.PublicKey.ExportSubjectPublicKeyInfo()));
    }

    private string ArtifactPath(string name)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, name);
        _output.WriteLine("screenshot: " + path);
        return path;
    }
}
