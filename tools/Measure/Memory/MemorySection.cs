using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using DeviceFlow.Measure.Report;

namespace DeviceFlow.Measure.Memory;

/// <summary>Table 4: bytes allocated per operation (BenchmarkDotNet's memory diagnoser), against System.Text.Json.</summary>
public static class MemorySection
{
    /// <summary>The goal for one poll cycle on a ~100 KB device heap.</summary>
    public const int GoalBytesPerPollCycle = 1024;

    public static Section Run(string repositoryRoot)
    {
        string artifactsDirectory = Path.Combine(repositoryRoot, "BenchmarkDotNet.Artifacts");
        Directory.CreateDirectory(artifactsDirectory);
        string logPath = Path.Combine(artifactsDirectory, "benchmarkdotnet.log");
        using var log = new StreamLogger(logPath, append: false);

        // A short in-process job: allocation counts are exact after one operation, so few iterations suffice,
        // and in-process spares the 2-core machine a separate benchmark build.
        IConfig config = ManualConfig.CreateEmpty()
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(log)
            .WithArtifactsPath(artifactsDirectory);
        Summary summary = BenchmarkRunner.Run<PollCycleBenchmarks>(config);

        var section = new Section(4, "Memory per poll cycle and per token response (bytes allocated per operation)");
        section.Tables.Add(Table(summary, "poll", nameof(PollCycleBenchmarks.StjPending), withGoal: true));
        section.Tables.Add(Table(summary, "tokens", nameof(PollCycleBenchmarks.StjTokens), withGoal: false));
        section.Notes.Add($"Baseline: System.Text.Json (source-generated) into a DTO, same body, same run. Goal: ≤ {GoalBytesPerPollCycle} B per poll cycle. BenchmarkDotNet's own log: {Path.GetRelativePath(repositoryRoot, logPath)}.");
        section.Notes.Add("Host figures (.NET 10): the device's nanoFramework.Json and its object layout differ, so read these as relative, not as device heap bytes.");
        return section;
    }

    private static MarkdownTable Table(Summary summary, string category, string baselineMethod, bool withGoal)
    {
        BenchmarkReport[] reports = summary.Reports.Where(r => r.BenchmarkCase.Descriptor.Categories.Contains(category)).ToArray();
        double baseline = Allocated(reports, baselineMethod);
        var table = withGoal
            ? new MarkdownTable("operation", "allocated B", "vs System.Text.Json DTO", "vs 1 KB goal", "mean ns")
            : new MarkdownTable("operation", "allocated B", "vs System.Text.Json DTO", "mean ns");
        foreach (BenchmarkReport report in reports)
        {
            double bytes = Allocated(report);
            string name = report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'');
            double meanNs = report.ResultStatistics?.Mean ?? double.NaN;
            if (withGoal)
            {
                table.Row(name, bytes, MarkdownTable.Ratio(bytes / baseline), MarkdownTable.Ratio(bytes / GoalBytesPerPollCycle), Math.Round(meanNs));
            }
            else
            {
                table.Row(name, bytes, MarkdownTable.Ratio(bytes / baseline), Math.Round(meanNs));
            }
        }

        if (withGoal)
        {
            // The JSON port is the platform's parser (nanoFramework.Json on the device), not the core's code.
            double coreShare = Allocated(reports, nameof(PollCycleBenchmarks.CorePollCycle)) - Allocated(reports, nameof(PollCycleBenchmarks.HostJsonPortPending));
            table.Row("core's own share of the poll cycle (cycle − JSON port)", coreShare, MarkdownTable.Ratio(coreShare / baseline), MarkdownTable.Ratio(coreShare / GoalBytesPerPollCycle), "—");
        }

        return table;
    }

    private static double Allocated(BenchmarkReport[] reports, string method)
        => Allocated(reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method));

    private static double Allocated(BenchmarkReport report)
        => report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? double.NaN;
}
