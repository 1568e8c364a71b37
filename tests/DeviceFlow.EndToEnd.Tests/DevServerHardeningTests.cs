using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using DeviceFlow.Core.Protocol;
using DeviceFlow.DevServer;
using DeviceFlow.Host;
using DeviceFlow.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>What a maker runs locally must not weaken their machine: its CA, keys, pages and logs.</summary>
public sealed class DevServerHardeningTests
{
    [Fact]
    public void The_development_ca_vouches_for_127_0_0_1_and_localhost_only_and_briefly()
    {
        string folder = TemporaryFolder();
        DevCertificates certificates = DevCertificates.LoadOrCreate(folder);

        Assert.True(Chain(certificates.Ca, certificates.Tls, out _));
        Assert.True(Chain(certificates.Ca, TestCertificates.Server(certificates.Ca, "localhost", IPAddress.Loopback), out _));
        Assert.False(Chain(certificates.Ca, TestCertificates.Server(certificates.Ca, "bank.example.com", null), out X509ChainStatusFlags dns));
        Assert.True(dns.HasFlag(X509ChainStatusFlags.HasNotPermittedNameConstraint), dns.ToString());
        Assert.False(Chain(certificates.Ca, TestCertificates.Server(certificates.Ca, "localhost", IPAddress.Parse("10.0.0.1")), out X509ChainStatusFlags ip));
        Assert.True(ip.HasFlag(X509ChainStatusFlags.HasNotPermittedNameConstraint), ip.ToString());
        Assert.True(certificates.Ca.NotAfter - DateTime.Now <= TimeSpan.FromDays(31), certificates.Ca.NotAfter.ToString("O"));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Key_files_and_their_folder_are_the_owners_alone()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // NTFS has no Unix modes; the folder sits in the user's profile there.
        }

        string folder = TemporaryFolder();
        DevCertificates.LoadOrCreate(folder);
        File.SetUnixFileMode(Path.Combine(folder, "tls.pfx"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        DevCertificates.LoadOrCreate(folder);

        string[] keys = Directory.GetFiles(folder, "*.pfx");
        Assert.Equal(4, keys.Length);
        Assert.All(keys, key => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, Mode(key)));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, Mode(folder));
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData("devserver-data/dev-ca.pfx")]
    [InlineData("tools/DevServer/devserver-data/tls.pfx")]
    [InlineData("data/devserver/token-signing.pfx")]
    public void The_data_folders_with_keys_are_git_ignored(string path)
    {
        using Process git = Process.Start(new ProcessStartInfo("git", ["check-ignore", "-q", "--no-index", path]) { WorkingDirectory = RepoRoot.Path })!;
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
    }

    [Fact]
    public async Task Wrong_user_codes_are_throttled_and_a_right_code_works_after_the_window()
    {
        var serverClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using TestBench bench = await TestBench.StartAsync(o => { o.TimeProvider = serverClock; o.CodeLifetime = TimeSpan.FromMinutes(10); });
        DeviceAuthorization code = bench.Protocol().RequestDeviceAuthorization().Authorization;
        var page = new Uri(code.VerificationUri);
        using var user = new VerificationPageClient(bench.Server.CaCertificate);

        var answers = new HttpStatusCode[UserCodeThrottle.MaxFailures + 20];
        for (int i = 0; i < answers.Length; i++)
        {
            answers[i] = (await user.DecideAsync(page, "0000-0000-" + i.ToString("D4"), approve: true)).Status;
        }

        // RFC 8628 §5.1: the first few are answered, the rest throttled; inside the window even the right code is.
        Assert.All(answers.Take(UserCodeThrottle.MaxFailures), status => Assert.Equal(HttpStatusCode.BadRequest, status));
        Assert.All(answers.Skip(UserCodeThrottle.MaxFailures), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
        VerificationPageClient.Outcome during = await user.DecideAsync(page, code.UserCode, approve: true);
        Assert.Equal(HttpStatusCode.TooManyRequests, during.Status);
        Assert.False(during.Approved);

        serverClock.Advance(UserCodeThrottle.Window);
        Assert.True((await user.DecideAsync(page, code.UserCode, approve: true)).Approved);
        Assert.Equal(TokenAnswerKind.Tokens, bench.Protocol().PollToken(code.DeviceCode).Kind);
    }

    [Theory]
    [InlineData("/")]
    [InlineData(null)]
    [InlineData("/account/login")]
    public async Task No_page_can_be_framed(string? path)
    {
        await using TestBench bench = await TestBench.StartAsync();
        using var client = PinnedClient(bench);

        using HttpResponseMessage page = await client.GetAsync(path is null ? bench.Server.VerificationPage : new Uri(bench.Server.BaseUrl, path));

        Assert.Equal("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task A_whole_pairing_leaves_no_device_code_or_token_in_the_logs_or_the_counters()
    {
        var logs = new CapturingLoggerProvider();
        await using TestBench bench = await TestBench.StartAsync(o => o.LoggerProvider = logs);
        DeviceAuthorization code = bench.Protocol().RequestDeviceAuthorization().Authorization;
        bench.Protocol().PollToken(code.DeviceCode);
        using var user = new VerificationPageClient(bench.Server.CaCertificate);
        Assert.True((await user.DecideAsync(new Uri(code.VerificationUriComplete!), null, approve: true)).Approved);
        TokenResponse tokens = bench.Protocol().PollToken(code.DeviceCode).Tokens;
        TokenResponse refreshed = bench.Protocol().Refresh(tokens.RefreshToken).Tokens;

        string[] secrets = [code.DeviceCode, tokens.AccessToken, tokens.RefreshToken, refreshed.AccessToken, refreshed.RefreshToken];
        string all = string.Join("\n", logs.Lines);
        Assert.NotEmpty(logs.Lines);
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, all, StringComparison.Ordinal));
        Assert.Equal(2, bench.Server.Counters.TokenRequestsFor(code.UserCode));
        Assert.DoesNotContain(code.DeviceCode, CounterKeys(bench.Server.Counters));
    }

    /// <summary>Every key of every dictionary the counters hold.</summary>
    private static string[] CounterKeys(DevServerCounters counters)
        => typeof(DevServerCounters).GetFields(BindingFlags.Instance | BindingFlags.NonPublic)
            .Select(field => field.GetValue(counters))
            .OfType<IDictionary>()
            .SelectMany(dictionary => dictionary.Keys.Cast<object>().Select(key => key.ToString()!))
            .ToArray();

    private static bool Chain(X509Certificate2 ca, X509Certificate2 leaf, out X509ChainStatusFlags problems)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        bool built = chain.Build(leaf);
        problems = chain.ChainStatus.Aggregate(X509ChainStatusFlags.NoError, (all, status) => all | status.Status);
        return built;
    }

    private static HttpClient PinnedClient(TestBench bench)
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) => PinnedRoot.Accepts(bench.Server.CaCertificate, certificate, errors);
        return new HttpClient(handler);
    }

    private static UnixFileMode Mode(string path) => OperatingSystem.IsWindows() ? UnixFileMode.None : File.GetUnixFileMode(path);

    private static string TemporaryFolder() => Path.Combine(Path.GetTempPath(), "deviceflow-ca-" + Guid.NewGuid().ToString("N"));

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => lines.Enqueue(category + ": " + formatter(state, exception) + (exception is null ? string.Empty : " " + exception));
        }
    }
}
