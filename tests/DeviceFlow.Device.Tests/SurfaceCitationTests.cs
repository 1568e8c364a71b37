using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace DeviceFlow.Device.Tests;

/// <summary>
/// A reference surface may only hold members that exist in the real package, and the proof is the citation:
/// every public declaration sits under a comment (at most four lines up) naming the source file or line it was read from.
/// </summary>
public partial class SurfaceCitationTests
{
    /// <summary>Lines above a declaration searched for its citation (a type right under the file's header comment counts).</summary>
    private const int Window = 4;

    [GeneratedRegex(@"//.*(\bL\d+\b|\.cs\b)")]
    private static partial Regex Citation();

    [Fact]
    public void Every_public_surface_declaration_cites_its_source()
    {
        string surfaces = Path.Combine(RepoRoot.Path, "tools", "NanoCompat", "Surface");
        var uncited = Directory.GetFiles(surfaces, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(file =>
            {
                string[] lines = File.ReadAllLines(file);
                return lines.Select((line, i) => (line, i))
                    .Where(x => x.line.TrimStart().StartsWith("public ", System.StringComparison.Ordinal))
                    .Where(x => !lines.Skip(System.Math.Max(0, x.i - Window)).Take(x.i - System.Math.Max(0, x.i - Window)).Any(l => Citation().IsMatch(l)))
                    .Select(x => Path.GetFileName(file) + ":" + (x.i + 1) + " " + x.line.Trim());
            })
            .ToArray();
        Assert.True(Directory.GetFiles(surfaces, "*.cs", SearchOption.AllDirectories).Length > 15);
        Assert.Empty(uncited);
    }
}
