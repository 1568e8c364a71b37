using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DeviceFlow.Testing;

namespace DeviceFlow.Core.Tests;

/// <summary>
/// The .nfproj is what a maker builds for the board; nothing here can build it, so these tests keep it equal
/// to what NanoCompat compiles: the same files, and references that match packages.config.
/// </summary>
public class NanoProjectConsistencyTests
{
    private static readonly string CoreDir = Path.Combine(RepoRoot.Path, "firmware", "DeviceFlow.Core");

    [Fact]
    public void Nfproj_compiles_exactly_the_core_source_files()
    {
        string[] listed = NanoProject.CompileItems(Path.Combine(CoreDir, "DeviceFlow.Core.nfproj"));
        string[] onDisk = NanoProject.SourceFiles(CoreDir);
        Assert.NotEmpty(onDisk);
        Assert.Equal(onDisk, listed);
    }

    [Fact]
    public void Nfproj_references_match_packages_config()
    {
        NanoProject.AssertReferencesMatchPackages(CoreDir, "DeviceFlow.Core.nfproj");
    }

    [Fact]
    public void NanoCompat_references_a_surface_for_every_package_beyond_corelibrary()
    {
        var packages = NanoProject.Packages(CoreDir).Select(p => p.Id).Where(id => id != "nanoFramework.CoreLibrary").OrderBy(id => id).ToArray();
        string compat = Path.Combine(RepoRoot.Path, "tools", "NanoCompat", "DeviceFlow.Core", "DeviceFlow.Core.NanoCompat.csproj");
        var surfaces = XDocument.Load(compat).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .OrderBy(n => n).ToArray();
        Assert.Equal(packages, surfaces);
    }
}
