using System;
using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using DeviceFlow.DevServer;

namespace DeviceFlow.Measure.Pairing;

/// <summary>
/// The user, scripted: a set time after the code appears, approves it on the DevServer's real verification page
/// (sign in, consent), and notes when the approval was done on the harness's clock.
/// </summary>
public sealed class ScheduledApproval
{
    private readonly X509Certificate2 _ca;
    private readonly Stopwatch _clock;
    private Task? _approval;

    public ScheduledApproval(X509Certificate2 ca, Stopwatch clock)
    {
        _ca = ca;
        _clock = clock;
    }

    /// <summary>Harness time the approval completed.</summary>
    public long ApprovedAtMs { get; private set; }

    public bool Started => _approval is not null;

    public void Schedule(Uri verificationUriComplete, long delayMs)
    {
        _approval = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(delayMs));
            using var user = new VerificationPageClient(_ca);
            VerificationPageClient.Outcome outcome = await user.DecideAsync(verificationUriComplete, null, approve: true);
            ApprovedAtMs = _clock.ElapsedMilliseconds;
            if (!outcome.Approved)
            {
                throw new InvalidOperationException("the verification page did not approve the code (HTTP " + (int)outcome.Status + ")");
            }
        });
    }

    public void WaitUntilDone()
    {
        (_approval ?? throw new InvalidOperationException("no code was shown, so nothing was approved")).GetAwaiter().GetResult();
    }
}
