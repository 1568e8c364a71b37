using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DeviceFlow.Testing;

namespace DeviceFlow.Device.Tests;

/// <summary>
/// Nothing here can build a .nfproj, so every one of them (core, drivers, app, NFUnitTest) is kept equal to the
/// NanoCompat project that compiles the same folder: same files, same packages, same project references.
/// </summary>
public class DeviceProjectConsistencyTests
{
    private static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";

    /// <summary>Each device project beside the NanoCompat project that compiles its folder.</summary>
    public static TheoryData<string, string> Projects => new()
    {
        { "drivers/Wifi/DeviceFlow.Drivers.Wifi.nfproj", "tools/NanoCompat/Drivers.Wifi/DeviceFlow.Drivers.Wifi.NanoCompat.csproj" },
        { "drivers/Https/DeviceFlow.Drivers.Https.nfproj", "tools/NanoCompat/Drivers.Https/DeviceFlow.Drivers.Https.NanoCompat.csproj" },
        { "drivers/Oled/DeviceFlow.Drivers.Oled.nfproj", "tools/NanoCompat/Drivers.Oled/DeviceFlow.Drivers.Oled.NanoCompat.csproj" },
        { "drivers/Flash/DeviceFlow.Drivers.Flash.nfproj", "tools/NanoCompat/Drivers.Flash/DeviceFlow.Drivers.Flash.NanoCompat.csproj" },
        { "drivers/Clock/DeviceFlow.Drivers.Clock.nfproj", "tools/NanoCompat/Drivers.Clock/DeviceFlow.Drivers.Clock.NanoCompat.csproj" },
        { "drivers/Power/DeviceFlow.Drivers.Power.nfproj", "tools/NanoCompat/Drivers.Power/DeviceFlow.Drivers.Power.NanoCompat.csproj" },
        { "drivers/Button/DeviceFlow.Drivers.Button.nfproj", "tools/NanoCompat/Drivers.Button/DeviceFlow.Drivers.Button.NanoCompat.csproj" },
        { "firmware/DeviceFlowFirmware/DeviceFlowFirmware.nfproj", "tools/NanoCompat/DeviceFlowFirmware/DeviceFlowFirmware.NanoCompat.csproj" },
        { "tests/NFUnitTest/NFUnitTest.nfproj", "tools/NanoCompat/NFUnitTest/NFUnitTest.NanoCompat.csproj" },
        { "firmware/DeviceFlow.Core/DeviceFlow.Core.nfproj", "tools/NanoCompat/DeviceFlow.Core/DeviceFlow.Core.NanoCompat.csproj" },
    };

    private static string Full(string relative) => Path.Combine(RepoRoot.Path, relative);

    private static string[] ProjectReferenceNames(string project, XNamespace ns)
        => XDocument.Load(project).Descendants(ns + "ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .OrderBy(n => n, StringComparer.Ordinal).ToArray();

    [Theory]
    [MemberData(nameof(Projects))]
    public void Nfproj_compiles_exactly_the_source_files_of_its_folder(string nfproj, string compat)
    {
        string dir = Path.GetDirectoryName(Full(nfproj))!;
        string[] onDisk = NanoProject.SourceFiles(dir);
        Assert.NotEmpty(onDisk);
        Assert.Equal(onDisk, NanoProject.CompileItems(Full(nfproj)));

        string sourceDir = XDocument.Load(Full(compat)).Descendants("SourceDir").Concat(XDocument.Load(Full(compat)).Descendants("CoreSourceDir")).Single().Value;
        string resolved = Path.GetFullPath(sourceDir.Replace("$(MSBuildThisFileDirectory)", Path.GetDirectoryName(Full(compat)) + "/"));
        Assert.Equal(Path.GetFullPath(dir + "/"), resolved);
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Nfproj_references_match_its_packages_config(string nfproj, string compat)
    {
        _ = compat;
        NanoProject.AssertReferencesMatchPackages(Path.GetDirectoryName(Full(nfproj))!, Path.GetFileName(nfproj));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void NanoCompat_references_a_surface_for_every_package_and_the_same_projects(string nfproj, string compat)
    {
        string[] packages = NanoProject.Packages(Path.GetDirectoryName(Full(nfproj))!).Select(p => p.Id)
            .Where(id => id != "nanoFramework.CoreLibrary").OrderBy(id => id, StringComparer.Ordinal).ToArray();
        string[] compatRefs = ProjectReferenceNames(Full(compat), XNamespace.None);
        Assert.Equal(packages, compatRefs.Where(n => n.StartsWith("nanoFramework.", StringComparison.Ordinal)).ToArray());

        string[] projectRefs = compatRefs.Where(n => !n.StartsWith("nanoFramework.", StringComparison.Ordinal))
            .Select(n => n.Replace(".NanoCompat", string.Empty, StringComparison.Ordinal)).ToArray();
        Assert.Equal(ProjectReferenceNames(Full(nfproj), MsBuild), projectRefs);
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_surface_a_project_uses_is_for_the_version_its_packages_config_names(string nfproj, string compat)
    {
        _ = compat;
        foreach (NanoProject.Package package in NanoProject.Packages(Path.GetDirectoryName(Full(nfproj))!).Where(p => p.Id != "nanoFramework.CoreLibrary"))
        {
            string surface = Full($"tools/NanoCompat/Surface/{package.Id}/{package.Id}.csproj");
            Assert.True(File.Exists(surface), "no surface for " + package.Id);
            Assert.Contains($"{package.Id} {package.Version} ", File.ReadAllText(surface), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void A_project_lists_every_package_its_referenced_projects_need(string nfproj, string compat)
    {
        _ = compat;
        string dir = Path.GetDirectoryName(Full(nfproj))!;
        string[] own = NanoProject.Packages(dir).Select(p => p.Id + " " + p.Version).ToArray();
        foreach (string reference in XDocument.Load(Full(nfproj)).Descendants(MsBuild + "ProjectReference").Select(r => r.Attribute("Include")!.Value.Replace('\\', '/')))
        {
            string referencedDir = Path.GetDirectoryName(Path.GetFullPath(Path.Combine(dir, reference)))!;
            foreach (NanoProject.Package needed in NanoProject.Packages(referencedDir))
            {
                Assert.Contains(needed.Id + " " + needed.Version, own);
            }
        }
    }

    [Fact]
    public void Every_project_names_one_version_per_package()
    {
        var versions = Projects.Select(row => Path.GetDirectoryName(Full((string)row[0]))!)
            .SelectMany(NanoProject.Packages).GroupBy(p => p.Id)
            .Where(g => g.Select(p => p.Version).Distinct().Count() > 1).Select(g => g.Key).ToArray();
        Assert.Empty(versions);
    }

    [Fact]
    public void Every_project_of_the_device_solution_has_its_NanoCompat_twin_in_the_host_solution()
    {
        string[] host = Solutions.HostProjects();
        foreach (Solutions.SlnProject project in Solutions.DeviceProjects())
        {
            Assert.Contains(TwinOf(project.Path), host);
        }
    }

    /// <summary>The NanoCompat project that compiles the folder of this .nfproj.</summary>
    internal static string TwinOf(string nfproj)
    {
        object[] row = Projects.SingleOrDefault(r => (string)r[0] == nfproj)
            ?? throw new InvalidOperationException(nfproj + " has no row in DeviceProjectConsistencyTests.Projects");
        return (string)row[1];
    }
}
