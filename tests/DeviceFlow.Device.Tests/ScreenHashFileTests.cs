using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using DeviceFlow.Core.Display;
using DeviceFlow.Testing;
using NFUnitTest;

namespace DeviceFlow.Device.Tests;

/// <summary>
/// tests/NFUnitTest/ScreenHashes.cs holds the CRC-32 of each ScreenFrames render as the host draws it; the on-device
/// ScreenTests compare the board's render with them. This keeps the file equal to the host render, and rewrites it
/// when asked (after a deliberate screen change): UPDATE_SCREEN_HASHES=1 dotnet test tests/DeviceFlow.Device.Tests --filter ScreenHashFileTests
/// </summary>
public class ScreenHashFileTests
{
    private static readonly string HashFile = Path.Combine(RepoRoot.Path, "tests", "NFUnitTest", "ScreenHashes.cs");

    [Fact]
    public void The_on_device_screen_hashes_are_the_host_render()
    {
        string generated = Generate();
        if (Environment.GetEnvironmentVariable("UPDATE_SCREEN_HASHES") == "1")
        {
            File.WriteAllText(HashFile, generated);
        }

        Assert.True(generated == File.ReadAllText(HashFile), "tests/NFUnitTest/ScreenHashes.cs differs from the host render; if the screen change is meant, regenerate:\nUPDATE_SCREEN_HASHES=1 dotnet test tests/DeviceFlow.Device.Tests --filter ScreenHashFileTests\n\n" + generated);
    }

    [Fact]
    public void Each_screen_draws_something_different()
    {
        uint[] hashes = Renders().Select(m => ScreenFrames.Hash((Frame)m.Invoke(null, null)!)).ToArray();

        Assert.Equal(3, hashes.Length);
        Assert.Equal(hashes.Length, hashes.Distinct().Count());
        Assert.DoesNotContain(ScreenFrames.Hash(new Frame()), hashes);
    }

    /// <summary>The file's text: one constant per render method, in declaration order.</summary>
    private static string Generate()
    {
        var s = new StringBuilder();
        s.Append("// Generated from the host's render of ScreenFrames. Regenerate after a deliberate change to a screen:\n");
        s.Append("// UPDATE_SCREEN_HASHES=1 dotnet test tests/DeviceFlow.Device.Tests --filter ScreenHashFileTests\n");
        s.Append("namespace NFUnitTest\n{\n    public static class ScreenHashes\n    {\n");
        foreach (MethodInfo render in Renders())
        {
            uint hash = ScreenFrames.Hash((Frame)render.Invoke(null, null)!);
            s.Append("        public const uint ").Append(render.Name).Append(" = 0x").Append(hash.ToString("X8")).Append(";\n");
        }

        s.Append("    }\n}\n");
        return s.ToString();
    }

    private static MethodInfo[] Renders()
        => typeof(ScreenFrames).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(Frame) && m.GetParameters().Length == 0)
            .OrderBy(m => m.MetadataToken).ToArray();
}
