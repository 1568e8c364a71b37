using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using DeviceFlow.Testing;

namespace DeviceFlow.Device.Tests;

/// <summary>
/// The assemblies tools/NanoCompat builds (this test project builds them first: its project references them
/// without referencing their output), found in each project's own bin/&lt;Configuration&gt;, as tools/Measure does.
/// </summary>
internal static class NanoCompatOutputs
{
    private static readonly string Root = Path.Combine(RepoRoot.Path, "tools", "NanoCompat");

    private static string Configuration => typeof(NanoCompatOutputs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "Configuration").Value!;

    /// <summary>Every device-side assembly: the core, each driver, the app and NFUnitTest (all run on nanoCLR).</summary>
    public static string[] DeviceProjects()
        => Directory.GetFiles(Root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains(Path.DirectorySeparatorChar + "Surface" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(p => !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/')).OrderBy(p => p, StringComparer.Ordinal).ToArray();

    /// <summary>The surface project of a package id (tools/NanoCompat/Surface/&lt;id&gt;/&lt;id&gt;.csproj).</summary>
    public static string SurfaceProject(string packageId) => $"Surface/{packageId}/{packageId}.csproj";

    /// <summary>The assembly a NanoCompat project (path relative to tools/NanoCompat) produced.</summary>
    public static string Output(string project)
    {
        string full = Path.Combine(Root, project);
        string name = AssemblyName(full);
        string bin = Path.Combine(Path.GetDirectoryName(full)!, "bin", Configuration);
        string[] built = Directory.Exists(bin) ? Directory.GetFiles(bin, name + ".dll", SearchOption.AllDirectories) : [];
        return built.Length == 1 ? built[0] : throw new InvalidOperationException($"expected one {name}.dll under {bin}, found {built.Length}: build this test project (it builds NanoCompat)");
    }

    /// <summary>The AssemblyName a NanoCompat project declares (surfaces: their own csproj; others set it explicitly).</summary>
    public static string AssemblyName(string fullProjectPath)
        => XDocument.Load(fullProjectPath).Descendants("AssemblyName").Select(e => e.Value.Trim()).FirstOrDefault()
            ?? throw new InvalidOperationException("no AssemblyName in " + fullProjectPath);
}
