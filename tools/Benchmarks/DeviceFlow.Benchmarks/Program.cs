using BenchmarkDotNet.Running;

namespace DeviceFlow.Benchmarks;

/// <summary>dotnet run -c Release --project tools/Benchmarks/DeviceFlow.Benchmarks -- --job short --filter '*'</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
