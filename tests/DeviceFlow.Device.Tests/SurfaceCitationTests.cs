using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DeviceFlow.Testing;

namespace DeviceFlow.Device.Tests;

/// <summary>
/// A reference surface may only hold members that exist in the real package, and the proof is the citation:
/// every public declaration sits under a comment (at most four lines up) naming the source file or line it was read
/// from, and every file a surface cites exists in the repository and at the commit its Source line names
/// (SurfaceSources.txt: the real paths, listed from each repository's tree at that commit).
/// </summary>
public partial class SurfaceCitationTests
{
    /// <summary>Lines above a declaration searched for its citation (a type right under the file's header comment counts).</summary>
    private const int Window = 4;

    [GeneratedRegex(@"//.*(\bL\d+\b|\.cs\b)")]
    private static partial Regex Citation();

    [GeneratedRegex(@"[\w./\-]+\.cs\b")]
    private static partial Regex CitedFile();

    [GeneratedRegex(@"nanoframework/(?<repo>[\w.\-]+)@")]
    private static partial Regex SourceRepository();

    [GeneratedRegex(@"\b[0-9a-f]{7,40}\b")]
    private static partial Regex CommitId();

    private static string[] SurfaceFiles()
        => Directory.GetFiles(Path.Combine(RepoRoot.Path, "tools", "NanoCompat", "Surface"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .ToArray();

    [Fact]
    public void Every_cited_file_exists_in_the_cited_repository_at_the_cited_commit()
    {
        var known = File.ReadAllLines(Path.Combine(RepoRoot.Path, "tests", "DeviceFlow.Device.Tests", "SurfaceSources.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', 2))
            .Select(parts => (Repository: parts[0][..parts[0].IndexOf('@')], Commit: parts[0][(parts[0].IndexOf('@') + 1)..], Path: parts[1]))
            .ToArray();
        var unproven = new System.Collections.Generic.List<string>();
        int cited = 0;
        foreach (string file in SurfaceFiles())
        {
            string[] lines = File.ReadAllLines(file);
            string? source = lines.Take(4).FirstOrDefault(line => SourceRepository().IsMatch(line));
            string[] names = lines.Where(line => line.Contains("//", System.StringComparison.Ordinal))
                .SelectMany(line => CitedFile().Matches(line[line.IndexOf("//", System.StringComparison.Ordinal)..]).Select(m => m.Value))
                .Distinct()
                .ToArray();
            if (source is null)
            {
                unproven.AddRange(names.Select(name => Path.GetFileName(file) + ": cites " + name + " without a Source line naming the repository"));
                continue;
            }

            string repository = "nanoframework/" + SourceRepository().Match(source).Groups["repo"].Value;
            string[] commits = CommitId().Matches(source).Select(m => m.Value).ToArray();
            var paths = known.Where(k => k.Repository == repository && commits.Any(c => k.Commit.StartsWith(c, System.StringComparison.Ordinal))).Select(k => k.Path).ToArray();
            foreach (string name in names)
            {
                cited++;
                if (!paths.Any(path => path == name || path.EndsWith("/" + name, System.StringComparison.Ordinal)))
                {
                    unproven.Add(Path.GetFileName(file) + ": " + name + " is not a file of " + repository + " at " + string.Join("/", commits));
                }
            }
        }

        Assert.True(cited > 50, cited + " citations");
        Assert.Empty(unproven);
    }

    [Fact]
    public void Every_public_surface_declaration_cites_its_source()
    {
        var uncited = SurfaceFiles()
            .SelectMany(file =>
            {
                string[] lines = File.ReadAllLines(file);
                return lines.Select((line, i) => (line, i))
                    .Where(x => x.line.TrimStart().StartsWith("public ", System.StringComparison.Ordinal))
                    .Where(x => !lines.Skip(System.Math.Max(0, x.i - Window)).Take(x.i - System.Math.Max(0, x.i - Window)).Any(l => Citation().IsMatch(l)))
                    .Select(x => Path.GetFileName(file) + ":" + (x.i + 1) + " " + x.line.Trim());
            })
            .ToArray();
        Assert.True(SurfaceFiles().Length > 15);
        Assert.Empty(uncited);
    }
}
