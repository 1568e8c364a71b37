using System;
using System.IO;
using DeviceFlow.Core.Display;
using DeviceFlow.Core.Pairing;
using DeviceFlow.Host.Display;
using DeviceFlow.Testing;
using SkiaSharp;

namespace DeviceFlow.Screens.Tests;

/// <summary>
/// Every screen against a committed PNG in Snapshots/ (reviewed by eye when it was made). The PNG is read back
/// pixel by pixel, so only a real change of what the panel shows fails. A missing snapshot is written and fails;
/// set UPDATE_SNAPSHOTS=1 to rewrite them after a deliberate change, then review the diff.
/// </summary>
public class SnapshotTests
{
    private const int Scale = 3;

    public static TheoryData<string> Screens => new(ScreenCatalog.Names);

    [Theory]
    [MemberData(nameof(Screens))]
    public void Screen_matches_its_snapshot(string name)
    {
        byte[] frame = ScreenCatalog.Render(name);
        string path = Path.Combine(SnapshotDir(), name + ".png");
        if (!File.Exists(path) || Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            FramePng.Save(frame, path, Scale);
            Assert.Fail("snapshot written, review it: " + path);
        }

        using SKBitmap committed = SKBitmap.Decode(path);
        Assert.Equal((Frame.Width + 2 * FramePng.Border) * Scale, committed.Width);
        for (int y = 0; y < Frame.Height; y++)
        {
            for (int x = 0; x < Frame.Width; x++)
            {
                SKColor pixel = committed.GetPixel((x + FramePng.Border) * Scale + Scale / 2, (y + FramePng.Border) * Scale + Scale / 2);
                Assert.True(FramePixels.IsOn(frame, x, y) == (pixel.Red > 128), $"{name}: pixel ({x},{y}) differs from {path}");
            }
        }
    }

    [Fact]
    public void Every_pairing_phase_has_a_snapshot()
    {
        foreach (PairingPhase phase in Enum.GetValues<PairingPhase>())
        {
            Assert.Contains(ScreenCatalog.NameOf(phase), ScreenCatalog.Names);
        }
    }

    /// <summary>
    /// Found from the checkout, not from [CallerFilePath]: a CI build (ContinuousIntegrationBuild) maps source paths
    /// to "/_/", where no snapshot lives.
    /// </summary>
    private static string SnapshotDir() => Path.Combine(RepoRoot.Path, "tests", "DeviceFlow.Screens.Tests", "Snapshots");
}
