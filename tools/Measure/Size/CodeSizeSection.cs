using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DeviceFlow.Measure.Report;

namespace DeviceFlow.Measure.Size;

/// <summary>
/// Table 5: the device-side assemblies as NanoCompat compiles them against the real nanoFramework mscorlib,
/// next to that mscorlib (the baseline every device carries) and the 48 KB goal for the core.
/// </summary>
public static class CodeSizeSection
{
    public const int GoalCoreBytes = 48 * 1024;

    public static Section Run(string repositoryRoot, string configuration, string coreLibraryVersion)
    {
        string nanoCompat = Path.Combine(repositoryRoot, "tools", "NanoCompat");
        List<string> assemblies = DeviceAssemblies(nanoCompat, configuration);
        string mscorlib = FindMscorlib(coreLibraryVersion);

        var section = new Section(5, "Code size of the device-side assemblies (NanoCompat build, " + configuration + ")");
        AssemblySize baseline = AssemblySize.Read(mscorlib);
        var table = new MarkdownTable("assembly", "file B", "IL B", "metadata B", "types", "methods", "file vs 48 KB goal", "file vs mscorlib " + coreLibraryVersion);
        foreach (AssemblySize size in assemblies.Select(AssemblySize.Read).Append(baseline))
        {
            table.Row(size.Name, size.FileBytes, size.IlBytes, size.MetadataBytes, size.Types, size.Methods,
                MarkdownTable.Ratio((double)size.FileBytes / GoalCoreBytes), MarkdownTable.Ratio((double)size.FileBytes / baseline.FileBytes));
        }

        section.Tables.Add(table);
        section.Tables.Add(CoreBreakdown(assemblies[0], baseline.FileBytes));
        section.Notes.Add("Core metadata: " + AssemblySize.Read(assemblies[0]).MetadataHeaps + ".");
        section.Notes.Add("Baseline: nanoFramework.CoreLibrary's mscorlib.dll (what every device already carries), measured in the same run. Goal: core ≤ 48 KB.");
        section.Notes.Add("The device loads a .pe that nanoFramework's metadata processor makes from each .dll (not available here); it is smaller than the .dll, so the file size is an upper bound.");
        if (assemblies.Count == 1)
        {
            section.Notes.Add("No driver assembly is built by NanoCompat yet: only the core is listed.");
        }

        return section;
    }

    /// <summary>The core per namespace: what grows it, against the same mscorlib baseline.</summary>
    private static MarkdownTable CoreBreakdown(string coreAssembly, long mscorlibBytes)
    {
        var table = new MarkdownTable("core namespace", "types", "methods", "IL B", "static data B", "IL + data vs mscorlib file");
        foreach (NamespaceSize part in NamespaceSize.Read(coreAssembly))
        {
            table.Row(part.Namespace, part.Types, part.Methods, part.IlBytes, part.StaticDataBytes, MarkdownTable.Ratio((double)(part.IlBytes + part.StaticDataBytes) / mscorlibBytes));
        }

        return table;
    }

    /// <summary>
    /// The assembly each deployable NanoCompat project produced: only its own, since a
    /// project's output folder also holds copies of what it references (a driver's holds the core).
    /// </summary>
    private static List<string> DeviceAssemblies(string nanoCompat, string configuration)
    {
        var found = new List<string>();
        foreach (string project in Directory.GetFiles(nanoCompat, "*.csproj", SearchOption.AllDirectories))
        {
            string directory = Path.GetDirectoryName(project)!;
            // Reference surfaces are never deployed, nor are on-device test assemblies (they use the TestFramework).
            if (directory.Contains(Path.DirectorySeparatorChar + "Surface" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                || File.ReadAllText(project).Contains("nanoFramework.TestFramework", StringComparison.Ordinal))
            {
                continue;
            }

            string output = Path.Combine(directory, "bin", configuration);
            string[] built = Directory.Exists(output) ? Directory.GetFiles(output, AssemblyName(project) + ".dll", SearchOption.AllDirectories) : [];
            if (built.Length == 0)
            {
                throw new InvalidOperationException("not built: " + project + " (build the Measure project in " + configuration + " first)");
            }

            found.Add(built[0]);
        }

        return found.OrderBy(dll => Path.GetFileName(dll) == "DeviceFlow.Core.dll" ? 0 : 1).ThenBy(dll => dll, StringComparer.Ordinal).ToList();
    }

    private static string AssemblyName(string project)
    {
        string? declared = XDocument.Load(project).Descendants("AssemblyName").Select(e => e.Value.Trim()).FirstOrDefault();
        return string.IsNullOrEmpty(declared) ? Path.GetFileNameWithoutExtension(project) : declared;
    }

    /// <summary>The mscorlib.dll of the nanoFramework.CoreLibrary version the device build uses, from the NuGet cache.</summary>
    private static string FindMscorlib(string coreLibraryVersion)
    {
        string home = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string path = Path.Combine(home, "nanoframework.corelibrary", coreLibraryVersion, "lib", "mscorlib.dll");
        return File.Exists(path) ? path : throw new InvalidOperationException("nanoFramework mscorlib.dll not found at " + path + " (restore NanoCompat first)");
    }
}
