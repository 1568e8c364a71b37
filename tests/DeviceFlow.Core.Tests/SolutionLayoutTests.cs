using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using DeviceFlow.Testing;

namespace DeviceFlow.Core.Tests;

/// <summary>
/// The .sln is what a maker opens (every project, .nfproj included); the .slnf is what the dotnet CLI builds.
/// These keep the two from drifting apart.
/// </summary>
public partial class SolutionLayoutTests
{
    private static readonly string Solution = File.ReadAllText(Path.Combine(RepoRoot.Path, "DeviceFlowFirmware.sln"));

    [Fact]
    public void Filter_lists_every_csproj_of_the_solution_and_no_nfproj()
    {
        using JsonDocument filter = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot.Path, "DeviceFlowFirmware.Host.slnf")));
        string[] filtered = filter.RootElement.GetProperty("solution").GetProperty("projects").EnumerateArray()
            .Select(p => p.GetString()!).OrderBy(p => p).ToArray();
        string[] csprojs = ProjectPaths().Where(p => p.EndsWith(".csproj")).OrderBy(p => p).ToArray();

        Assert.Equal(csprojs, filtered);
    }

    [Fact]
    public void Every_project_file_in_the_tree_is_in_the_solution()
    {
        string[] inSolution = ProjectPaths().Select(p => p.Replace('\\', '/')).OrderBy(p => p).ToArray();
        string[] onDisk = Directory.GetFiles(RepoRoot.Path, "*.*proj", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".csproj") || f.EndsWith(".nfproj"))
            .Select(f => Path.GetRelativePath(RepoRoot.Path, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/") && !f.Contains("/obj/") && !f.Contains("node_modules/"))
            .OrderBy(p => p).ToArray();

        Assert.Equal(onDisk, inSolution);
    }

    [Fact]
    public void Device_projects_sit_in_the_nanoFramework_solution_folder()
    {
        // Solution readers reject two projects of the same file name in one solution folder, and every
        // host csproj shares its name with the .nfproj beside it.
        string folder = Regex.Match(Solution, "\"nanoFramework\", \"nanoFramework\", \"(\\{[^}]+\\})\"").Groups[1].Value;
        foreach (Match project in ProjectEntry().Matches(Solution).Where(m => m.Groups["path"].Value.EndsWith(".nfproj")))
        {
            Assert.Contains(project.Groups["guid"].Value + " = " + folder, Solution);
        }
    }

    private static string[] ProjectPaths()
        => ProjectEntry().Matches(Solution).Select(m => m.Groups["path"].Value).ToArray();

    [GeneratedRegex("Project\\(\"\\{[^}]+\\}\"\\) = \"[^\"]+\", \"(?<path>[^\"]+\\.(?:csproj|nfproj))\", \"(?<guid>\\{[^}]+\\})\"")]
    private static partial Regex ProjectEntry();
}
