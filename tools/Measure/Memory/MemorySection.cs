using System;
using System.Globalization;
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
    /// <summary>Issue 11's goal for one poll cycle on a ~100 KB device heap.</summary>
    public const int GoalBytesPerPollCycle = 400;

    /// <summary>Issue 11's goal for reading one authorization_pending answer (ServerAnswer.Read).</summary>
    public const int GoalBytesPerPendingParse = 200;

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
        section.Notes.Add($"Baseline: System.Text.Json (source-generated) into a DTO, same body, same run. Goals: ≤ {GoalBytesPerPollCycle} B per poll cycle, ≤ {GoalBytesPerPendingParse} B per pending parse. BenchmarkDotNet's own log: {Path.GetRelativePath(repositoryRoot, logPath)}.");
        section.Notes.Add("Host figures (.NET 10, 64-bit: 16 B per object header). The device runs the same core code, JSON reader included, but its heap blocks are 12 B, so read these as relative, not as device heap bytes.");
        return section;
    }

    private static MarkdownTable Table(Summary summary, string category, string baselineMethod, bool withGoal)
    {
        BenchmarkReport[] reports = summary.Reports.Where(r => r.BenchmarkCase.Descriptor.Categories.Contains(category)).ToArray();
        double baseline = Allocated(reports, baselineMethod);
        var table = withGoal
            ? new MarkdownTable("operation", "allocated B", "vs System.Text.Json DTO", "goal B", "vs goal", "mean ns")
            : new MarkdownTable("operation", "allocated B", "vs System.Text.Json DTO", "mean ns");
        foreach (BenchmarkReport report in reports)
        {
            double bytes = Allocated(report);
            string name = report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'');
            double meanNs = report.ResultStatistics?.Mean ?? double.NaN;
            if (withGoal)
            {
                int? goal = GoalOf(report.BenchmarkCase.Descriptor.WorkloadMethod.Name);
                table.Row(name, bytes, MarkdownTable.Ratio(bytes / baseline), goal?.ToString(CultureInfo.InvariantCulture) ?? "—", goal is int g ? MarkdownTable.Ratio(bytes / g) : "—", Math.Round(meanNs));
            }
            else
            {
                table.Row(name, bytes, MarkdownTable.Ratio(bytes / baseline), Math.Round(meanNs));
            }
        }

        return table;
    }

    /// <summary>The two operations issue 11 sets a ceiling for.</summary>
    private static int? GoalOf(string method) => method switch
    {
        nameof(PollCycleBenchmarks.CorePollCycle) => GoalBytesPerPollCycle,
        nameof(PollCycleBenchmarks.CoreParsePending) => GoalBytesPerPendingParse,
        _ => null,
    };

    private static double Allocated(BenchmarkReport[] reports, string method)
        => Allocated(reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method));

    private static double Allocated(BenchmarkReport report)
        => report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? double.NaN;
}
