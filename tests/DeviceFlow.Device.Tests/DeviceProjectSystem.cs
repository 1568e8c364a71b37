using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using DeviceFlow.Testing;
using Microsoft.Build.Locator;

namespace DeviceFlow.Device.Tests;

/// <summary>
/// The .nfproj files evaluated the way the nanoFramework project system evaluates them, by the MSBuild of the SDK
/// that global.json picks here, with stand-ins for the files Visual Studio adds (ProjectSystem/*: the extension's
/// NFProjectSystem.* and Microsoft.NuGet.targets), after a restore of the host solution, as a maker's checkout is
/// once the README's test command has run. Nothing is built; evaluation writes no file.
/// </summary>
public sealed class DeviceProjectSystem : IDisposable
{
    private static readonly string StandIns = Path.Combine(RepoRoot.Path, "tests", "DeviceFlow.Device.Tests", "ProjectSystem") + Path.DirectorySeparatorChar;
    private static readonly object Registration = new();

    private readonly IProjectEvaluator _evaluator;
    private readonly ConcurrentDictionary<string, Evaluation> _cache = new();

    public DeviceProjectSystem()
    {
        RestoreHostSolution();
        RegisterSdkMsBuild();
        _evaluator = CreateEvaluator();
    }

    /// <summary>As Visual Studio or VS Code evaluates it (Debug|AnyCPU from the solution).</summary>
    public Evaluation Device(string nfproj) => Evaluate(nfproj, DeviceGlobals(repositoryProps: true));

    /// <summary>The same, with MSBuild told to skip this repository's Directory.Build.props/.targets and Directory.Packages.props.</summary>
    public Evaluation DeviceWithoutRepositoryProps(string nfproj) => Evaluate(nfproj, DeviceGlobals(repositoryProps: false));

    /// <summary>A host (SDK-style) project, as the dotnet CLI evaluates it.</summary>
    public Evaluation Host(string csproj) => Evaluate(csproj, new Dictionary<string, string>());

    public void Dispose() => _evaluator.Dispose();

    private Evaluation Evaluate(string project, Dictionary<string, string> globals)
        => _cache.GetOrAdd(project + "|" + string.Join(";", globals.OrderBy(g => g.Key).Select(g => g.Key + "=" + g.Value)),
            _ => _evaluator.Evaluate(Path.Combine(RepoRoot.Path, project), globals));

    private static Dictionary<string, string> DeviceGlobals(bool repositoryProps)
    {
        var globals = new Dictionary<string, string>
        {
            // What VS Code's extension passes to msbuild (nf-VSCodeExtension src/dotnet.ts); Visual Studio finds the
            // same files under $(MSBuildExtensionsPath)\nanoFramework\v1.0\, the .nfproj's default.
            ["NanoFrameworkProjectSystemPath"] = StandIns,
            // Visual Studio imports Microsoft.NuGet.targets after Microsoft.Common.targets; this is the same point.
            ["CustomAfterMicrosoftCommonTargets"] = StandIns + "Microsoft.NuGet.targets",
            ["Configuration"] = "Debug",
            ["Platform"] = "AnyCPU",
        };
        if (!repositoryProps)
        {
            globals["ImportDirectoryBuildProps"] = "false";
            globals["ImportDirectoryBuildTargets"] = "false";
            globals["ImportDirectoryPackagesProps"] = "false";
        }

        return globals;
    }

    /// <summary>`dotnet restore` of the host solution: what leaves obj/project.assets.json beside each host project.</summary>
    private static void RestoreHostSolution()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = RepoRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string arg in new[] { "restore", Solutions.HostSolution, "-nodeReuse:false", "-v:q" })
        {
            start.ArgumentList.Add(arg);
        }

        // This process's MSBuild settings (MSBuildLocator's, the test runner's) are not the restore's business.
        foreach (string key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            start.Environment.Remove(key);
        }

        using Process restore = Process.Start(start)!;
        Task<string> output = restore.StandardOutput.ReadToEndAsync();
        Task<string> errors = restore.StandardError.ReadToEndAsync();
        restore.WaitForExit();
        if (restore.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet restore " + Solutions.HostSolution + " failed:\n" + output.Result + errors.Result);
        }
    }

    /// <summary>MSBuild from the SDK that global.json picks for this checkout, before any Microsoft.Build type loads.</summary>
    private static void RegisterSdkMsBuild()
    {
        lock (Registration)
        {
            if (!MSBuildLocator.IsRegistered)
            {
                var query = new VisualStudioInstanceQueryOptions { DiscoveryTypes = DiscoveryType.DotNetSdk, WorkingDirectory = RepoRoot.Path };
                MSBuildLocator.RegisterInstance(MSBuildLocator.QueryVisualStudioInstances(query).First());
            }
        }
    }

    // Kept out of the constructor's body so no Microsoft.Build type is touched before RegisterSdkMsBuild ran.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IProjectEvaluator CreateEvaluator() => new MsBuildEvaluator();
}

/// <summary>One evaluation: final property values, items as "Type|Include", and the files imported through an MSBuild SDK.</summary>
public sealed record Evaluation(IReadOnlyDictionary<string, string> Properties, IReadOnlySet<string> Items, IReadOnlyList<string> SdkImports)
{
    public string this[string property] => Properties.TryGetValue(property, out string? value) ? value : string.Empty;
}

internal interface IProjectEvaluator : IDisposable
{
    Evaluation Evaluate(string projectPath, IDictionary<string, string> globalProperties);
}
