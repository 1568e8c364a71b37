using System.IO;
using System.Linq;
using DeviceFlow.Testing;

namespace DeviceFlow.Device.Tests;

/// <summary>
/// One composition root (DESIGN.md): the board's app and the simulator only hand their platform to
/// DeviceFirmware; wiring the lifecycle, the pairing runner or the sensor loop anywhere else is a second product.
/// </summary>
public class OneWiringTests
{
    private static readonly string[] CoreWiring = ["new DeviceLifecycle(", "new PairingRunner(", "new SensorLoop(", "new DeviceFlowProtocol("];

    [Theory]
    [InlineData("firmware/DeviceFlowFirmware")]
    [InlineData("tools/Simulator")]
    public void Only_the_core_root_wires_the_firmware(string folder)
    {
        string[] files = Directory.GetFiles(Path.Combine(RepoRoot.Path, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
            .ToArray();

        Assert.NotEmpty(files);
        Assert.Empty(files.SelectMany(f => CoreWiring.Where(File.ReadAllText(f).Contains).Select(w => Path.GetFileName(f) + ": " + w)));
        Assert.Contains(files, f => File.ReadAllText(f).Contains("new DeviceFirmware(", System.StringComparison.Ordinal));
    }
}
