namespace DeviceFlow.Measure.Pairing;

/// <summary>
/// The fewest requests RFC 8628 allows for a pairing approved <c>approvalMs</c> after the code was issued,
/// when polls may go no faster than every <c>intervalMs</c> (§3.5): every poll the interval allows before the
/// approval is answered "pending", and one more gets the tokens.
/// </summary>
public static class RfcMinimum
{
    /// <summary>⌊T / interval⌋ pending polls + 1 that gets the answer (= ⌈T / interval⌉ when T is not a multiple).</summary>
    public static long TokenRequests(long approvalMs, long intervalMs) => (approvalMs / intervalMs) + 1;

    /// <summary>The token requests plus the one device authorization request (§3.1).</summary>
    public static long Requests(long approvalMs, long intervalMs) => TokenRequests(approvalMs, intervalMs) + 1;

    /// <summary>
    /// The latency goal from approval to tokens: a poll may have just gone out when the user approves, so the
    /// next one is at most one interval away, and its answer one round trip after that.
    /// </summary>
    public static long LatencyGoalMs(long intervalMs, long roundTripMs) => intervalMs + roundTripMs;
}
