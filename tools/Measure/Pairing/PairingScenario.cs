namespace DeviceFlow.Measure.Pairing;

/// <summary>One pairing to measure: the server's polling interval and when the scripted user approves.</summary>
public sealed record PairingScenario(int IntervalSeconds, double ApprovalSeconds)
{
    public long IntervalMs => IntervalSeconds * 1000L;

    public long ApprovalMs => (long)(ApprovalSeconds * 1000);

    public long MinimumTokenRequests => RfcMinimum.TokenRequests(ApprovalMs, IntervalMs);
}

/// <summary>What one client did in one scenario, as the server counted it and the harness timed it.</summary>
public sealed record PairingRun(string Client, PairingScenario Scenario, int TokenRequests, int TlsConnections, long ApprovalToTokensMs, double RoundTripMs, int ApproverConnections)
{
    /// <summary>The token requests plus the device authorization request.</summary>
    public int Requests => TokenRequests + 1;
}
