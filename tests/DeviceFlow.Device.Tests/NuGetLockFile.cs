using System.IO;
using System.Text.Json;

namespace DeviceFlow.Device.Tests;

/// <summary>
/// What Visual Studio's ResolveNuGetPackageAssets task does with the lock file a classic project finds
/// (dotnet/NuGet.BuildTasks, src/Microsoft.NuGet.Build.Tasks/ResolveNuGetPackageAssets.cs,
/// GetTargetOrAttemptFallback): it takes the "targets" entry named by the project's moniker. Without one a build
/// stops with the MissingFrameworkInProjectFile message (Strings.resx). Since that repository's 2025-01 change
/// (#155) it stops only when a RuntimeIdentifier is set, as for an Exe; a library then takes the first target's
/// assets instead, a host project's. Either way the device build is reading a host restore.
/// </summary>
internal static class NuGetLockFile
{
    /// <summary>The error the device build stops with, or null when the lock file has a target for <paramref name="moniker"/>.</summary>
    public static string? MissingFrameworkError(string lockFile, string moniker)
    {
        using JsonDocument assets = JsonDocument.Parse(File.ReadAllText(lockFile));
        if (assets.RootElement.TryGetProperty("targets", out JsonElement targets) && targets.TryGetProperty(moniker, out _))
        {
            return null;
        }

        return $"Your project does not reference \"{moniker}\" framework. Add a reference to \"{moniker}\" in the "
            + "\"TargetFrameworks\" property of your project file and then re-run NuGet restore.";
    }
}
