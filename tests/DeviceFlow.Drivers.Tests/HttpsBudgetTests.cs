using DeviceFlow.Core.Ports;
using DeviceFlow.Drivers.Https;
using static DeviceFlow.Drivers.Tests.HttpsTestKit;

namespace DeviceFlow.Drivers.Tests;

/// <summary>
/// How long one request can take on the board, in virtual time, phase by phase, with the budget of
/// <see cref="HttpsTestKit.TimeoutSeconds"/> s. The README's worst cases are these measurements.
/// </summary>
public sealed class HttpsBudgetTests
{
    private const long Budget = TimeoutSeconds * 1000L;

    private static (HttpResult Result, long ElapsedMs) Measure(Exchange exchange)
    {
        NanoNet net = Net();
        net.Next = exchange;
        HttpsTransport transport = Transport();
        long start = net.Time.MonotonicMilliseconds;
        HttpResult result = transport.Send(Get());
        return (result, net.Time.MonotonicMilliseconds - start);
    }

    [Fact]
    public void A_body_that_trickles_in_is_cut_at_the_budget()
    {
        // 4 KB at 512 B every 2 s would take 16 s.
        (HttpResult result, long elapsed) = Measure(new Exchange { Body = Json(4000), DeclaredLength = -1, ChunkMs = 2000 });
        Assert.Equal(TransportOutcome.Timeout, result.Outcome);
        Assert.Equal(Budget, elapsed);
    }

    [Fact]
    public void A_body_that_stalls_is_cut_at_the_budget_not_after_the_five_minute_read_timeout()
    {
        (HttpResult result, long elapsed) = Measure(new Exchange { Body = Json(2000), StallAfterBytes = 512 });
        Assert.Equal(TransportOutcome.Timeout, result.Outcome);
        Assert.Equal("no answer in time", result.FailureDetail);
        Assert.Equal(Budget, elapsed);
    }

    [Fact]
    public void Headers_that_never_come_end_at_the_client_timeout_after_connecting()
    {
        (HttpResult result, long elapsed) = Measure(new Exchange { DnsMs = 300, ConnectMs = 200, TlsMs = 1500, HeadersMs = long.MaxValue });
        Assert.Equal(TransportOutcome.Timeout, result.Outcome);
        Assert.Equal(300 + 200 + 1500 + Budget, elapsed);
    }

    [Fact]
    public void When_connecting_used_the_budget_the_body_is_not_waited_for()
    {
        (HttpResult result, long elapsed) = Measure(new Exchange { TlsMs = 9000, HeadersMs = 3000, Body = Json(1000), ChunkMs = 5000 });
        Assert.Equal(TransportOutcome.Timeout, result.Outcome);
        Assert.Equal(12_000, elapsed);
    }

    [Fact]
    public void A_DNS_server_that_never_answers_costs_the_native_30_seconds()
    {
        (HttpResult result, long elapsed) = Measure(new Exchange { DnsMs = long.MaxValue, DnsError = 10060 });
        Assert.Equal(TransportOutcome.NameNotResolved, result.Outcome);
        Assert.Equal("DNS: no answer", result.FailureDetail);
        Assert.Equal(30_000, elapsed);
    }

    [Fact]
    public void A_TLS_handshake_blocks_the_whole_runtime_so_nothing_bounds_it()
    {
        // A server that accepts TCP and answers the ClientHello after 10 minutes (or never).
        (HttpResult result, long elapsed) = Measure(new Exchange { TlsMs = 600_000, HeadersMs = 100, Body = Json(100) });
        Assert.Equal(TransportOutcome.Timeout, result.Outcome);
        Assert.Equal(600_100, elapsed);
    }
}
