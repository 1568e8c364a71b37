using System;
using System.Linq;
using System.Threading.Tasks;
using DeviceFlow.Core.Firmware;
using DeviceFlow.Core.Ports;
using DeviceFlow.Core.Protocol;
using DeviceFlow.Core.Readings;
using DeviceFlow.Core.Tokens;
using DeviceFlow.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>After pairing, through the firmware's own root: the token at the protected API, a 401, refresh with rotation.</summary>
public sealed class TokenLifecycleEndToEndTests
{
    [Fact]
    public async Task A_reading_with_the_access_token_is_accepted_by_the_protected_api_and_a_forged_token_is_not()
    {
        await using TestBench bench = await TestBench.StartAsync();
        var user = new ScriptedUser(bench.Server, UserAction.Approve);

        Assert.Null(await Task.Run(() => bench.Board(user, new IdleButton(bench.Clock), new OledRecorder()).Firmware.Run(1)));
        HttpResult forged = bench.Transport.Send(new HttpRequest("POST", bench.Server.ReadingsEndpoint.ToString(), "application/json", "{}", "Bearer not-a-token", 1024));

        Assert.Equal(ReadingOutcome.Accepted, Assert.Single(user.Readings).Outcome);
        Assert.Equal(401, forged.StatusCode);
        Assert.Equal(1, bench.Server.Counters.ReadingsAccepted);
    }

    [Fact]
    public async Task A_401_refreshes_once_resends_the_same_reading_rotates_the_refresh_token_in_flash_and_a_replay_revokes_the_family()
    {
        var serverClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using TestBench bench = await TestBench.StartAsync(o => o.TimeProvider = serverClock);
        Assert.Null(await Task.Run(() => bench.Board(new ScriptedUser(bench.Server, UserAction.Approve), new IdleButton(bench.Clock), new OledRecorder()).Firmware.Run(1)));
        TokenSet before = bench.StoredTokens()!;

        // The server's clock moves past the access token's hour; the board's does not, so it sends the token it holds.
        serverClock.Advance(TimeSpan.FromHours(2));
        var rebooted = new ScriptedUser(bench.Server, UserAction.Nothing);
        Assert.Null(await Task.Run(() => bench.Board(rebooted, new IdleButton(bench.Clock), new OledRecorder()).Firmware.Run(1)));

        Assert.Equal([(1, ReadingOutcome.Refused), (1, ReadingOutcome.Accepted)], rebooted.Readings.Select(r => (r.Number, r.Outcome)));
        Assert.Equal(rebooted.Readings[0].Body, rebooted.Readings[1].Body);
        Assert.Equal(2, bench.Server.Counters.ReadingsAccepted);
        TokenSet after = bench.StoredTokens()!;
        Assert.NotEqual(before.RefreshToken, after.RefreshToken);
        Assert.NotEqual(before.AccessToken, after.AccessToken);

        // RFC 9700 §4.14.2: reuse of a rotated refresh token means it leaked, so the server revokes its successors
        // too; the device's next refresh is refused and it must pair again.
        TokenAnswer replay = bench.Protocol().Refresh(before.RefreshToken);
        Assert.Equal(TokenAnswerKind.Rejected, replay.Kind);
        Assert.Equal("invalid_grant", replay.Reason);
        Assert.Equal(TokenAnswerKind.Rejected, bench.Protocol().Refresh(after.RefreshToken).Kind);
        Assert.Equal(3, bench.Server.Counters.RefreshRequests);
    }
}
