using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DeviceFlow.Testing;

namespace DeviceFlow.Device.Tests;

/// <summary>
/// DeviceFlowFirmware.sln is what a maker opens (Visual Studio, VS Code's nanoFramework extension): the device
/// projects only, so nothing in it needs the .NET 10 SDK. DeviceFlowFirmware.Host.slnx is what the dotnet CLI builds
/// and tests. Every project file of the tree is in exactly one of them.
/// </summary>
public class SolutionLayoutTests
{
    private static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";

    [Fact]
    public void The_device_solution_lists_exactly_the_nfproj_files()
    {
        string[] listed = Solutions.DeviceProjects().Select(p => p.Path).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        Assert.Equal(Solutions.OnDisk(".nfproj"), listed);
    }

    [Fact]
    public void The_host_solution_lists_exactly_the_csproj_files()
    {
        string[] listed = Solutions.HostProjects().OrderBy(p => p, StringComparer.Ordinal).ToArray();
        Assert.Equal(Solutions.OnDisk(".csproj"), listed);
    }

    [Fact]
    public void The_app_comes_first_so_it_is_the_startup_project()
    {
        // Visual Studio starts the first project of a .sln on F5 until the user picks another one.
        Solutions.SlnProject first = Solutions.DeviceProjects()[0];
        Assert.Equal("firmware/DeviceFlowFirmware/DeviceFlowFirmware.nfproj", first.Path);
        Assert.Equal("Exe", Property(first.Path, "OutputType"));
        Assert.All(Solutions.DeviceProjects().Skip(1), p => Assert.NotEqual("Exe", Property(p.Path, "OutputType")));
    }

    [Fact]
    public void Every_device_project_opens_as_nanoFramework_and_builds_and_deploys_in_Debug_and_Release()
    {
        string sln = Solutions.DeviceSolutionText();
        string[] configurations = Section(sln, "SolutionConfigurationPlatforms");
        Assert.Equal(["Debug|Any CPU = Debug|Any CPU", "Release|Any CPU = Release|Any CPU"], configurations);

        string[] mappings = Section(sln, "ProjectConfigurationPlatforms");
        foreach (Solutions.SlnProject project in Solutions.DeviceProjects())
        {
            Assert.Equal(Solutions.NanoFrameworkProjectType, project.TypeGuid);
            Assert.Equal(project.Guid, Property(project.Path, "ProjectGuid"));
            foreach (string configuration in new[] { "Debug", "Release" })
            {
                // Deploy.0 is what makes Visual Studio deploy the project to the device (as in nanoframework/Samples).
                foreach (string step in new[] { "ActiveCfg", "Build.0", "Deploy.0" })
                {
                    Assert.Contains($"{project.Guid}.{configuration}|Any CPU.{step} = {configuration}|Any CPU", mappings);
                }
            }
        }

        Assert.Equal(Solutions.DeviceProjects().Length * 6, mappings.Length);
    }

    [Fact]
    public void A_solution_restore_puts_the_packages_where_every_HintPath_points()
    {
        // nuget restore of a .sln (Visual Studio, VS Code) fills packages/ beside the .sln unless a nuget.config sets
        // repositoryPath; ours sets that same folder, so restoring one .nfproj lands there too.
        string beside = Path.Combine(RepoRoot.Path, "packages");
        XElement setting = XDocument.Load(Path.Combine(RepoRoot.Path, "nuget.config")).Descendants("add")
            .Single(a => a.Attribute("key")!.Value == "repositoryPath");
        Assert.Equal(beside, Path.GetFullPath(Path.Combine(RepoRoot.Path, setting.Attribute("value")!.Value)));

        foreach (Solutions.SlnProject project in Solutions.DeviceProjects())
        {
            string dir = Path.GetDirectoryName(Path.Combine(RepoRoot.Path, project.Path))!;
            string[] hints = XDocument.Load(Path.Combine(RepoRoot.Path, project.Path)).Descendants(MsBuild + "HintPath")
                .Select(h => Path.GetFullPath(Path.Combine(dir, h.Value.Replace('\\', '/')))).ToArray();
            Assert.NotEmpty(hints);
            Assert.All(hints, h => Assert.StartsWith(beside + Path.DirectorySeparatorChar, h, StringComparison.Ordinal));
        }
    }

    private static string Property(string project, string name)
        => XDocument.Load(Path.Combine(RepoRoot.Path, project)).Descendants(MsBuild + name).Single().Value;

    private static string[] Section(string sln, string name)
    {
        int start = sln.IndexOf("GlobalSection(" + name + ")", StringComparison.Ordinal);
        int end = sln.IndexOf("EndGlobalSection", start, StringComparison.Ordinal);
        return sln[start..end].Split('\n').Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
    }
}
