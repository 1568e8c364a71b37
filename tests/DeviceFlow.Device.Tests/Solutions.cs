using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DeviceFlow.Testing;

namespace DeviceFlow.Device.Tests;

/// <summary>
/// The two solutions: DeviceFlowFirmware.sln, what a maker opens in Visual Studio or VS Code (the .nfproj files
/// only), and DeviceFlowFirmware.Host.slnx, what the dotnet CLI, the tests and CI build (the .csproj files only).
/// Paths come back relative to the checkout, with '/'.
/// </summary>
internal static partial class Solutions
{
    public const string DeviceSolution = "DeviceFlowFirmware.sln";
    public const string HostSolution = "DeviceFlowFirmware.Host.slnx";

    /// <summary>The project type Visual Studio opens with the nanoFramework project system.</summary>
    public const string NanoFrameworkProjectType = "{11A8DD76-328B-46DF-9F39-F559912D0360}";

    private const string SolutionFolderType = "{2150E333-8FDC-42A3-9474-1A3956D46DE8}";

    public sealed record SlnProject(string TypeGuid, string Name, string Path, string Guid);

    public static string DeviceSolutionText() => File.ReadAllText(System.IO.Path.Combine(RepoRoot.Path, DeviceSolution));

    /// <summary>The device solution's projects in file order (the first is Visual Studio's startup project), folders left out.</summary>
    public static SlnProject[] DeviceProjects()
        => ProjectEntry().Matches(DeviceSolutionText())
            .Select(m => new SlnProject(m.Groups["type"].Value, m.Groups["name"].Value, m.Groups["path"].Value.Replace('\\', '/'), m.Groups["guid"].Value))
            .Where(p => p.TypeGuid != SolutionFolderType)
            .ToArray();

    public static string[] HostProjects()
        => XDocument.Load(System.IO.Path.Combine(RepoRoot.Path, HostSolution)).Descendants("Project")
            .Select(p => p.Attribute("Path")!.Value.Replace('\\', '/'))
            .ToArray();

    /// <summary>Every project file of that extension in the checkout (build output and restored packages aside).</summary>
    public static string[] OnDisk(string extension)
        => Directory.GetFiles(RepoRoot.Path, "*" + extension, SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(RepoRoot.Path, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj" or "node_modules" or "packages"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();

    [GeneratedRegex("Project\\(\"(?<type>\\{[^}]+\\})\"\\) = \"(?<name>[^\"]+)\", \"(?<path>[^\"]+)\", \"(?<guid>\\{[^}]+\\})\"")]
    private static partial Regex ProjectEntry();
}
