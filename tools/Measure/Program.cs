using System;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using DeviceFlow.Measure.Fleet;
using DeviceFlow.Measure.Memory;
using DeviceFlow.Measure.Pairing;
using DeviceFlow.Measure.Qr;
using DeviceFlow.Measure.Report;
using DeviceFlow.Measure.Size;

namespace DeviceFlow.Measure;

/// <summary>
/// `dotnet run -c Release --project tools/Measure [-- --only 4,5,6]`: prints the measurement tables of
/// issue #8 (1–6) and issue 15 (7) as Markdown. Every ratio is against a baseline measured in the same run.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        int[] only = ParseOnly(args);
        string root = Metadata("RepositoryRoot");
        string configuration = Metadata("Configuration");
        Console.WriteLine("## Measurements\n");
        Console.WriteLine(MachineDescription.Describe() + "\n");
        RunPairings(only, root);
        Run(only, 4, () => MemorySection.Run(root));
        Run(only, 5, () => CodeSizeSection.Run(root, configuration, Metadata("NanoCoreLibraryVersion")));
        Run(only, 6, FleetSection.Run);
        Run(only, 7, QrDistanceSection.Run);
        return 0;
    }

    /// <summary>Tables 1–3 come from the same real-time pairings, so they run together.</summary>
    private static void RunPairings(int[] only, string root)
    {
        if (only.Length > 0 && !only.Any(n => n <= 3))
        {
            return;
        }

        Stopwatch watch = Stopwatch.StartNew();
        foreach (Section section in PairingSection.Run(root))
        {
            Console.WriteLine(section);
        }

        Console.Error.WriteLine($"(tables 1–3 took {watch.Elapsed.TotalSeconds:0} s)");
    }

    private static void Run(int[] only, int number, Func<Section> measure)
    {
        if (only.Length > 0 && !only.Contains(number))
        {
            return;
        }

        Stopwatch watch = Stopwatch.StartNew();
        Section section = measure();
        Console.WriteLine(section);
        Console.Error.WriteLine($"(table {number} took {watch.Elapsed.TotalSeconds:0} s)");
    }

    private static int[] ParseOnly(string[] args)
    {
        int at = Array.IndexOf(args, "--only");
        return at < 0 || at + 1 >= args.Length ? Array.Empty<int>() : args[at + 1].Split(',').Select(int.Parse).ToArray();
    }

    private static string Metadata(string key)
        => typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
