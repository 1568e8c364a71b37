using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DeviceFlow.Testing;

namespace DeviceFlow.Device.Tests;

/// <summary>Claims in the README that hold on one host only say which.</summary>
public class ReadmeClaimTests
{
    /// <summary>Words that place a Retry-After claim: the PC side reads the header, the board's HttpClient cannot.</summary>
    private static readonly string[] Places = ["host", "simulator", "board", "DevServer", "end-to-end", "End-to-end"];

    [Fact]
    public void Every_retry_after_claim_says_where_it_holds()
    {
        // nanoFramework's HttpHeaders has only Add (System.Net.Http v1.5.210, Http/Headers/HttpHeaders.cs), so a
        // Retry-After rule stated without its place promises the board something it cannot do.
        string readme = File.ReadAllText(Path.Combine(RepoRoot.Path, "README.md"));
        string[] unplaced = Regex.Split(readme, @"\n\s*\n|\n(?=\s*- )|\n(?=\|)")
            .Where(block => block.Contains("Retry-After", System.StringComparison.Ordinal))
            .Where(block => !Places.Any(place => block.Contains(place, System.StringComparison.Ordinal)))
            .Select(block => block.Trim())
            .ToArray();

        Assert.Empty(unplaced);
        Assert.Contains("The board cannot read it", readme, System.StringComparison.Ordinal);
    }
}
