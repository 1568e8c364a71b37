using System;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DeviceFlow.Device.Tests.StaticInit;

/// <summary>
/// nanoCLR runs static constructors eagerly, in an order set by type names (see <see cref="StaticInitReads"/>):
/// no device assembly may have one that depends on another type's. The desktop CLR runs them lazily, so only the
/// compiled IL shows the problem; this reads the IL NanoCompat built from the device sources.
/// </summary>
public class StaticInitOrderTests
{
    public static TheoryData<string> DeviceProjects() => new(NanoCompatOutputs.DeviceProjects());

    [Theory]
    [MemberData(nameof(DeviceProjects))]
    public void No_static_initialiser_depends_on_another_type_of_its_assembly(string project)
    {
        using var pe = new PEReader(File.OpenRead(NanoCompatOutputs.Output(project)));

        string[] found = StaticInitReads.Find(pe);

        Assert.True(found.Length == 0, "static initialisers that depend on another type's (nanoCLR may run them first):\n" + string.Join("\n", found));
    }

    [Fact]
    public void Every_device_assembly_is_checked()
    {
        string[] projects = NanoCompatOutputs.DeviceProjects();

        Assert.Contains("DeviceFlow.Core/DeviceFlow.Core.NanoCompat.csproj", projects);
        Assert.Contains("DeviceFlowFirmware/DeviceFlowFirmware.NanoCompat.csproj", projects);
        Assert.Contains("NFUnitTest/NFUnitTest.NanoCompat.csproj", projects);
        Assert.Equal(Directory.GetFiles(Path.Combine(Testing.RepoRoot.Path, "drivers"), "*.nfproj", SearchOption.AllDirectories).Length, projects.Count(p => p.StartsWith("Drivers.", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_guard_fails_on_a_planted_cross_type_static_dependency()
    {
        // The shape of the defect nanoCLR showed: Font's initialiser reads a table's initialised array.
        string[] found = Find("""
            namespace Planted
            {
                static class GlyphTable { public static readonly byte[] Glyphs = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }; }
                sealed class Font
                {
                    public static readonly Font Small = new Font(GlyphTable.Glyphs);
                    private readonly byte[] _glyphs;
                    private Font(byte[] glyphs) { _glyphs = glyphs; }
                }
            }
            """);

        Assert.Equal(["Planted.Font..cctor depends on Planted.GlyphTable.Glyphs (ldsfld in Planted.Font..cctor)"], found);
    }

    [Fact]
    public void The_guard_follows_calls_a_static_initialiser_makes()
    {
        string[] found = Find("""
            namespace Planted
            {
                static class Limits { public static readonly int[] Sizes = new int[] { 1, 2 }; public static int First() { return Sizes[0]; } }
                static class Helper { public static int Size() { return Limits.Sizes[1]; } }
                static class Layout { public static readonly int Width = Helper.Size(); public static readonly int Height = Limits.First(); }
                static class Writer { static Writer() { Limits.Sizes[0] = 3; } }
            }
            """);

        Assert.Equal(
            [
                "Planted.Layout..cctor depends on Planted.Limits.First() (call in Planted.Layout..cctor)",
                "Planted.Layout..cctor depends on Planted.Limits.Sizes (ldsfld in Planted.Helper.Size)",
                "Planted.Layout..cctor depends on Planted.Limits.Sizes (ldsfld in Planted.Limits.First)",
                "Planted.Writer..cctor depends on Planted.Limits.Sizes (ldsfld in Planted.Writer..cctor)",
            ],
            found.OrderBy(f => f, StringComparer.Ordinal));
    }

    [Fact]
    public void Order_free_initialisers_pass_the_guard()
    {
        // Constants are inlined; a table type without static state hands out its data from the assembly image
        // (ldtoken + InitializeArray); a type reading its own statics depends on nothing else; a lazily built
        // static is read after every cctor has run.
        string[] found = Find("""
            namespace Planted
            {
                static class GlyphTable { public const int Width = 5; public static byte[] Glyphs() { return new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }; } }
                sealed class Font
                {
                    public static readonly Font Small = new Font(GlyphTable.Glyphs(), GlyphTable.Width);
                    private static readonly int[] Own = new int[] { 1, 2, 3 };
                    private static readonly int Twice = Own[0] * 2;
                    private readonly byte[] _glyphs;
                    private Font(byte[] glyphs, int width) { _glyphs = glyphs; }
                }
                static class Presets { private static int[] _all; public static int[] All() { return _all ?? (_all = new int[] { 1 }); } }
            }
            """);

        Assert.Empty(found);
    }

    /// <summary>Compiles C# in memory with Roslyn and runs the guard over the resulting IL.</summary>
    private static string[] Find(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Planted",
            [CSharpSyntaxTree.ParseText(source)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        image.Position = 0;
        using var pe = new PEReader(image);
        return StaticInitReads.Find(pe);
    }
}
