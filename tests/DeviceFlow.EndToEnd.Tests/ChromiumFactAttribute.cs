using System.IO;

namespace DeviceFlow.EndToEnd.Tests;

/// <summary>
/// A test that needs Debian's chromium. Without it the test is reported as skipped with the command that
/// installs it (.ci/run runs that command, so in CI it always runs).
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = "needs " + ChromiumPath + ": apt-get install -y chromium";
        }
    }
}
