using System;
using System.IO;

namespace DeviceFlow.Testing;

/// <summary>The checkout's root (where DeviceFlowFirmware.sln is), for tests that read the repository's own files.</summary>
public static class RepoRoot
{
    public static readonly string Path = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(System.IO.Path.Combine(dir.FullName, "DeviceFlowFirmware.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("DeviceFlowFirmware.sln not found above " + AppContext.BaseDirectory);
    }
}
