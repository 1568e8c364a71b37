using System;
using System.IO;
using System.Linq;
using DeviceFlow.Testing;

namespace DeviceFlow.Device.Tests;

/// <summary>
/// Every .nfproj of the device solution, evaluated as the nanoFramework project system does after a restore of the
/// host solution (<see cref="DeviceProjectSystem"/>): it must not read the host's restore, take the host's build
/// policy, or need an MSBuild SDK (which is what global.json governs), and NanoCompat must compile its files with
/// the C# version it gets.
/// </summary>
public class DeviceProjectSystemTests : IClassFixture<DeviceProjectSystem>
{
    private readonly DeviceProjectSystem _system;

    public DeviceProjectSystemTests(DeviceProjectSystem system) => _system = system;

    public static TheoryData<string> DeviceProjects => new(Solutions.DeviceProjects().Select(p => p.Path));

    [Theory]
    [MemberData(nameof(DeviceProjects))]
    public void A_device_project_gets_the_nanoFramework_framework_and_no_standard_library(string nfproj)
    {
        Evaluation device = _system.Device(nfproj);
        Assert.Equal(".NETnanoFramework,Version=v1.0", device["TargetFrameworkMoniker"]);
        Assert.Equal("true", device["NoStdLib"]);
        Assert.Equal("true", device["NoCompilerStandardLib"]);
        Assert.Equal("false", device["AddAdditionalExplicitAssemblyReferences"]);
    }

    [Theory]
    [MemberData(nameof(DeviceProjects))]
    public void A_device_project_reads_no_assets_file_of_a_host_restore(string nfproj)
    {
        // Microsoft.NuGet.targets gives a project that names no assets file $(MSBuildProjectExtensionsPath)
        // project.assets.json, its own obj/; a host project restored in the same folder writes exactly that file.
        Evaluation device = _system.Device(nfproj);
        Assert.Equal("true", device["ResolveNuGetPackages"]);
        string lockFile = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.Combine(RepoRoot.Path, nfproj))!, device["ProjectLockFile"]));
        string? error = File.Exists(lockFile) ? NuGetLockFile.MissingFrameworkError(lockFile, device["NuGetTargetMoniker"]) : null;
        Assert.True(error == null, $"{nfproj} finds {lockFile} (written by a host restore) and its build stops with: {error}");
    }

    [Theory]
    [MemberData(nameof(DeviceProjects))]
    public void The_host_build_policy_does_not_reach_a_device_project(string nfproj)
    {
        Evaluation with = _system.Device(nfproj);
        Evaluation without = _system.DeviceWithoutRepositoryProps(nfproj);

        string[] changed = with.Properties.Keys.Union(without.Properties.Keys, StringComparer.OrdinalIgnoreCase)
            .Where(name => !IsImportBookkeeping(name) && with[name] != without[name])
            .Select(name => $"{name}: '{without[name]}' becomes '{with[name]}'")
            .Concat(with.Items.Except(without.Items).Select(item => "item added: " + item))
            .Concat(without.Items.Except(with.Items).Select(item => "item removed: " + item))
            .OrderBy(line => line, StringComparer.Ordinal).ToArray();
        Assert.True(changed.Length == 0, $"this repository's Directory.*.props change {nfproj}:\n" + string.Join("\n", changed));
    }

    [Theory]
    [MemberData(nameof(DeviceProjects))]
    public void NanoCompat_compiles_with_the_CSharp_version_a_device_project_gets(string nfproj)
    {
        string device = _system.Device(nfproj)["LangVersion"];
        Assert.NotEqual(string.Empty, device);
        Assert.Equal(device, _system.Host(DeviceProjectConsistencyTests.TwinOf(nfproj))["LangVersion"]);
    }

    [Theory]
    [MemberData(nameof(DeviceProjects))]
    public void A_device_project_needs_no_MSBuild_SDK_so_global_json_does_not_apply_to_it(string nfproj)
    {
        // Visual Studio reads global.json only in the .NET SDK resolver (dotnet/sdk MSBuildSdkResolver.cs), which
        // runs for <Project Sdk="..."> and <Import Sdk="...">. The pinned 10.0.401 SDK needs MSBuild 18; Visual Studio
        // 2022 (MSBuild 17.14) loads the device solution because none of its projects asks that resolver anything.
        Assert.Empty(_system.Device(nfproj).SdkImports);
    }

    /// <summary>
    /// The properties MSBuild itself keeps about imports: those it uses to find (or skip) Directory.Build.* and
    /// Directory.Packages.props, and MSBuildAllProjects, where it records the newest imported file (so it names
    /// Directory.Build.props whenever that file was written last, whatever the file sets).
    /// </summary>
    private static bool IsImportBookkeeping(string property)
        => property.Equals("MSBuildAllProjects", StringComparison.OrdinalIgnoreCase)
            || property.StartsWith("ImportDirectory", StringComparison.OrdinalIgnoreCase)
            || property.Contains("DirectoryBuild", StringComparison.OrdinalIgnoreCase)
            || property.Contains("DirectoryPackages", StringComparison.OrdinalIgnoreCase);
}
