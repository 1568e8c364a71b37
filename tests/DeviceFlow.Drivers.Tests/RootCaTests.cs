using System;
using DeviceFlow.Core.Ports;
using DeviceFlow.Drivers.Https;
using DeviceFlow.Testing;
using static DeviceFlow.Drivers.Tests.HttpsTestKit;

namespace DeviceFlow.Drivers.Tests;

/// <summary>A bad root CA file is a problem the root shows on the panel, never an exception out of Main.</summary>
public sealed class RootCaTests
{
    private const string File = "I:\\ca.pem";

    private static DateTime Now()
    {
        NanoNet.Current.Time.TryGetUtcNow(out DateTime now);
        return now;
    }

    [Theory]
    [InlineData(null, "I:\\ca.pem is not on the board")]
    [InlineData("hello", "I:\\ca.pem is not a PEM certificate")]
    [InlineData("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", "I:\\ca.pem holds a private key, not a CA")]
    [InlineData("-----BEGIN CERTIFICATE-----\nMIIB", "I:\\ca.pem is cut short (no END line)")]
    [InlineData("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n", "I:\\ca.pem does not parse (damaged?)")]
    public void A_bad_root_CA_is_a_problem_naming_the_file(string pem, string problem)
    {
        Net();
        HttpsTransport transport = Transport(rootCaFile: File, pem: pem);
        Assert.Equal(problem, transport.Problem);

        HttpResult result = transport.Send(Get());
        Assert.Equal(TransportOutcome.Failed, result.Outcome);
        Assert.Empty(NanoNet.Current.Requests);
    }

    [Fact]
    public void A_good_root_CA_is_usable_and_quiet()
    {
        Net();
        var log = new RecordingLog();
        HttpsTransport transport = Transport(log, File, CaPem(Now().AddYears(5)));
        Assert.Null(transport.Problem);
        Assert.Empty(log.Lines);
    }

    [Fact]
    public void A_root_CA_about_to_expire_is_logged_at_boot()
    {
        Net();
        var log = new RecordingLog();
        DateTime expires = Now().AddDays(12).AddHours(1);
        Transport(log, File, CaPem(expires));
        Assert.Equal("warn: I:\\ca.pem expires in 12 days (" + expires.ToString("yyyy-MM-dd") + ")", Assert.Single(log.Lines));
    }

    [Fact]
    public void At_power_on_the_expiry_is_logged_once_the_first_request_finds_the_clock_set()
    {
        // The board opens the transport before Wi-Fi; SNTP sets the clock with the first join.
        NanoNet net = Net();
        DateTime expires = Now().AddDays(12).AddHours(1);
        net.Time.WallClockKnown = false;
        var log = new RecordingLog();
        HttpsTransport transport = Transport(log, File, CaPem(expires));
        Assert.Empty(log.Lines);

        net.Time.WallClockKnown = true;
        transport.Send(Get());
        transport.Send(Get());
        Assert.Equal("warn: I:\\ca.pem expires in 12 days (" + expires.ToString("yyyy-MM-dd") + ")", Assert.Single(log.Lines));
    }

    [Fact]
    public void An_expired_root_CA_is_logged_but_the_transport_still_tries()
    {
        Net();
        var log = new RecordingLog();
        DateTime expired = Now().AddDays(-3);
        HttpsTransport transport = Transport(log, File, CaPem(expired));
        Assert.Null(transport.Problem);
        Assert.Equal("warn: I:\\ca.pem expired on " + expired.ToString("yyyy-MM-dd") + ": TLS will fail until it is replaced", Assert.Single(log.Lines));
    }
}
