using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace DeviceFlow.Device.Tests;

/// <summary>Reads classic nanoFramework project files (.nfproj + packages.config).</summary>
internal static class NanoProject
{
    private static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";

    public sealed record Package(string Id, string Version);

    public static string[] CompileItems(string nfproj)
        => XDocument.Load(nfproj).Descendants(MsBuild + "Compile")
            .Select(c => c.Attribute("Include")!.Value.Replace('\\', '/'))
            .OrderBy(p => p, StringComparer.Ordinal).ToArray();

    public static string[] SourceFiles(string dir)
        => Directory.GetFiles(dir, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal).ToArray();

    public static Package[] Packages(string dir)
        => XDocument.Load(Path.Combine(dir, "packages.config")).Descendants("package")
            .Select(p => new Package(p.Attribute("id")!.Value, p.Attribute("version")!.Value)).ToArray();

    /// <summary>Every package has a Reference whose HintPath names that package at that version, and vice versa.</summary>
    public static void AssertReferencesMatchPackages(string dir, string nfprojName)
    {
        var hintPaths = XDocument.Load(Path.Combine(dir, nfprojName)).Descendants(MsBuild + "HintPath")
            .Select(h => h.Value.Replace('\\', '/')).ToArray();
        var packages = Packages(dir);
        foreach (Package package in packages)
        {
            Assert.Contains(hintPaths, h => h.Contains("/packages/" + package.Id + "." + package.Version + "/lib/", StringComparison.Ordinal));
        }

        foreach (string hint in hintPaths)
        {
            Assert.Contains(packages, p => hint.Contains("/packages/" + p.Id + "." + p.Version + "/lib/", StringComparison.Ordinal));
        }
    }
}
