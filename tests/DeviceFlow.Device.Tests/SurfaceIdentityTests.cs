using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using DeviceFlow.Testing;

namespace DeviceFlow.Device.Tests;

/// <summary>
/// An assembly NanoCompat builds references each surface by the surface's name and version, and nanoCLR binds
/// references by name and major.minor (nf-interpreter src/CLR/Core/TypeSystem.cpp FindAssembly): a surface must
/// carry the identity of the real package's assembly, or the app would only link against the surface.
/// </summary>
public class SurfaceIdentityTests
{
    private static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";

    /// <summary>Every (package, pinned version) the device projects' packages.config files name, except the real mscorlib.</summary>
    public static TheoryData<string, string> Pins()
    {
        var data = new TheoryData<string, string>();
        foreach (var pin in Nfprojs().SelectMany(p => NanoProject.Packages(Path.GetDirectoryName(p)!))
            .Where(p => p.Id != "nanoFramework.CoreLibrary").Distinct().OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            data.Add(pin.Id, pin.Version);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pins))]
    public void A_surface_is_built_with_the_name_and_version_the_real_assembly_has(string packageId, string pinnedVersion)
    {
        string project = Path.Combine(RepoRoot.Path, "tools", "NanoCompat", NanoCompatOutputs.SurfaceProject(packageId));
        XDocument csproj = XDocument.Load(project);
        string precision = csproj.Descendants("NbgvAssemblyVersionPrecision").Single().Value;
        string? commit = csproj.Descendants("NbgvCommit").SingleOrDefault()?.Value;

        AssemblyDefinition built = Identity(NanoCompatOutputs.Output(NanoCompatOutputs.SurfaceProject(packageId)), out MetadataReader md);

        Assert.Contains(md.GetString(built.Name) + ".dll", HintPathFiles(packageId, pinnedVersion));
        Assert.Equal(Stamped(Version.Parse(pinnedVersion), precision, commit), built.Version);
    }

    [Fact]
    public void The_real_mscorlib_shows_the_stamping_rule_the_surfaces_follow()
    {
        // nanoFramework.CoreLibrary's version.json asks for precision "build": the package x.y.z becomes x.y.z.0.
        string version = typeof(SurfaceIdentityTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "NanoCoreLibraryVersion").Value!;
        string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

        AssemblyDefinition mscorlib = Identity(Path.Combine(packages, "nanoframework.corelibrary", version, "lib", "mscorlib.dll"), out MetadataReader md);

        Assert.Equal("mscorlib", md.GetString(mscorlib.Name));
        Assert.Equal(Stamped(Version.Parse(version), "build", null), mscorlib.Version);
    }

    [Theory]
    [InlineData("1.1.52", "revision", "866134e", "1.1.52.34401")]
    [InlineData("1.3.689", "minor", null, "1.3.0.0")]
    [InlineData("2.2.213", "build", null, "2.2.213.0")]
    public void Stamping_follows_Nerdbank_GitVersioning(string package, string precision, string? commit, string expected)
    {
        Assert.Equal(Version.Parse(expected), Stamped(Version.Parse(package), precision, commit));
    }

    /// <summary>
    /// The AssemblyVersion Nerdbank.GitVersioning stamps for a package version: "minor" keeps x.y, "build" x.y.z (the
    /// git height, which is also the package's third part), "revision" adds the first two bytes of the commit id.
    /// </summary>
    private static Version Stamped(Version package, string precision, string? commit) => precision switch
    {
        "minor" => new Version(package.Major, package.Minor, 0, 0),
        "build" => new Version(package.Major, package.Minor, package.Build, 0),
        "revision" => new Version(package.Major, package.Minor, package.Build, Convert.ToUInt16(commit![..4], 16)),
        _ => throw new ArgumentException("unknown precision " + precision, nameof(precision)),
    };

    private static AssemblyDefinition Identity(string dll, out MetadataReader md)
    {
        var pe = new PEReader(new MemoryStream(File.ReadAllBytes(dll)));
        md = pe.GetMetadataReader();
        return md.GetAssemblyDefinition();
    }

    /// <summary>The file names the .nfproj HintPaths give for this package's lib folder.</summary>
    private static string[] HintPathFiles(string packageId, string version)
        => Nfprojs().SelectMany(p => XDocument.Load(p).Descendants(MsBuild + "HintPath")).Select(h => h.Value.Replace('\\', '/'))
            .Where(h => h.Contains("/packages/" + packageId + "." + version + "/lib/", StringComparison.Ordinal))
            .Select(h => Path.GetFileName(h)).Distinct().ToArray();

    private static string[] Nfprojs()
        => DeviceProjectConsistencyTests.Projects.Select(row => Path.Combine(RepoRoot.Path, (string)row[0])).ToArray();
}
