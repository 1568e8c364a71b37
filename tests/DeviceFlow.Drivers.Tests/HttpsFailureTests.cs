using DeviceFlow.Core.Ports;
using DeviceFlow.Drivers.Https;
using static DeviceFlow.Drivers.Tests.HttpsTestKit;

namespace DeviceFlow.Drivers.Tests;

/// <summary>
/// Every failure the real library can throw, on both request paths (GET: everything rewrapped by GetResponse;
/// POST: connecting errors straight from GetRequestStream), classified by the driver's own TransportFailures.
/// </summary>
public sealed class HttpsFailureTests
{
    public static TheoryData<bool> BothPaths => new() { false, true };

    private static HttpResult Send(bool post, Exchange exchange, bool clockKnown = true)
    {
        NanoNet net = Net();
        net.Time.WallClockKnown = clockKnown;
        net.Next = exchange;
        return Transport().Send(post ? Post() : Get());
    }

    [Theory]
    [MemberData(nameof(BothPaths))]
    public void An_unknown_host_is_a_DNS_failure(bool post)
    {
        HttpResult result = Send(post, new Exchange { DnsError = 11001 });
        Assert.Equal(TransportOutcome.NameNotResolved, result.Outcome);
        Assert.Equal("DNS lookup failed", result.FailureDetail);
    }

    [Theory]
    [MemberData(nameof(BothPaths))]
    public void A_refused_connection_is_named(bool post)
    {
        HttpResult result = Send(post, new Exchange { ConnectError = 10061 });
        Assert.Equal(TransportOutcome.ConnectionRefused, result.Outcome);
        Assert.Equal("connection refused", result.FailureDetail);
    }

    [Theory]
    [MemberData(nameof(BothPaths))]
    public void A_certificate_that_does_not_verify_is_rejected(bool post)
    {
        HttpResult result = Send(post, new Exchange { TlsError = -0x2700 });
        Assert.Equal(TransportOutcome.CertificateRejected, result.Outcome);
        Assert.Equal("certificate rejected", result.FailureDetail);
    }

    [Theory]
    [MemberData(nameof(BothPaths))]
    public void A_certificate_failure_before_the_clock_is_set_says_so(bool post)
    {
        HttpResult result = Send(post, new Exchange { TlsError = -0x2700 }, clockKnown: false);
        Assert.Equal(TransportOutcome.ClockNotSet, result.Outcome);
        Assert.Equal("clock not set", result.FailureDetail);
    }

    [Theory]
    [MemberData(nameof(BothPaths))]
    public void Https_to_a_plain_http_port_is_a_protocol_mismatch(bool post)
    {
        HttpResult result = Send(post, new Exchange { TlsError = -0x7200 });
        Assert.Equal(TransportOutcome.ProtocolMismatch, result.Outcome);
        Assert.Equal("not an HTTPS port", result.FailureDetail);
    }

    [Theory]
    [MemberData(nameof(BothPaths))]
    public void Newer_firmware_TLS_failures_are_TLS_failures(bool post)
    {
        HttpResult known = Send(post, new Exchange { TlsError = -0x2700, CryptographicFirmware = true });
        Assert.Equal(TransportOutcome.ConnectionFailed, known.Outcome);
        Assert.Equal("TLS handshake failed", known.FailureDetail);

        HttpResult unset = Send(post, new Exchange { TlsError = -0x2700, CryptographicFirmware = true }, clockKnown: false);
        Assert.Equal(TransportOutcome.ClockNotSet, unset.Outcome);
    }

    [Fact]
    public void A_reset_mid_body_is_a_reset()
    {
        HttpResult result = Send(false, new Exchange { Body = Json(100), BodyError = 10054 });
        Assert.Equal(TransportOutcome.ConnectionReset, result.Outcome);
        Assert.Equal("connection reset", result.FailureDetail);
    }

    [Fact]
    public void A_socket_closed_under_the_read_before_the_budget_ran_out_is_a_broken_connection()
    {
        HttpResult result = Send(false, new Exchange { Body = Json(100), BodyError = NanoNet.SocketClosedUnderRead().ErrorCode });
        Assert.Equal(TransportOutcome.ConnectionReset, result.Outcome);
        Assert.Equal("connection broke", result.FailureDetail);
    }

    [Fact]
    public void A_chunked_body_over_the_cap_is_refused_without_reading_it_all()
    {
        NanoNet net = Net();
        net.Next = new Exchange { Body = Json(64 * 1024), DeclaredLength = -1 };
        HttpResult result = Transport().Send(Get());

        Assert.Equal(TransportOutcome.BodyTooLarge, result.Outcome);
        Assert.Equal("body over the cap of 4096 bytes", result.FailureDetail);
        Assert.True(net.BodyBytesPulled <= 4096 + 512, net.BodyBytesPulled + " bytes read off the network");
    }

    [Fact]
    public void A_declared_body_over_the_cap_is_refused_before_reading()
    {
        HttpResult result = Send(false, new Exchange { Body = Json(8000) });
        Assert.Equal(TransportOutcome.BodyTooLarge, result.Outcome);
        Assert.Equal("body of 8000 bytes, cap 4096", result.FailureDetail);
    }

    [Fact]
    public void A_complete_answer_still_comes_through()
    {
        HttpResult result = Send(true, new Exchange { Status = 400, Body = Json(300), ChunkBytes = 64, DeclaredLength = -1 });
        Assert.Equal(TransportOutcome.Completed, result.Outcome);
        Assert.Equal(400, result.StatusCode);
        Assert.Equal(300, result.Body.Length);
        Assert.Equal("application/json", result.ContentType);
    }
}
