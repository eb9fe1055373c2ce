using System.Diagnostics;
using PantryPilot.Activities.Anomalies;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Reports;
using PantryPilot.Activities.Transform;
using PantryPilot.Activities.Validation;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Storage;

namespace PantryPilot.Benchmarks.Pipeline;

/// <summary>Times one file-to-file stage on the data directory a `pipeline` run left behind (raw/ and processed/), so a
/// change to one stage can be measured in seconds instead of re-running the whole benchmark. Prints wall time, CPU time
/// of this process and allocation.</summary>
public static class StageBenchmark
{
    /// <summary>The stages run on full local paths, as an in-process run does.</summary>
    private static readonly DataRoot Root = DataRoot.ForLocalRun(Directory.GetCurrentDirectory());

    public static async Task<int> RunAsync(string[] args)
    {
        var stage = args.FirstOrDefault();
        var dataDir = Path.GetFullPath(args.SkipWhile(a => a != "--data-dir").Skip(1).FirstOrDefault() ?? Path.Combine(Path.GetTempPath(), "pantrypilot-bench"));
        var run = new PipelineRun("stage-bench", dataDir, new DateOnly(2026, 11, 24), SourceKind.Synthetic, Policy: ValidationPolicy.Quarantine);
        var paths = new DataPaths(dataDir);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        Func<Task<string>> work = stage switch
        {
            "validate" => async () => string.Join(", ", await Task.WhenAll(
                new[] { DataTable.Inventory, DataTable.Purchases }.Select(async t => (await new ValidationActivities(Root).ValidateAsync(new(run, t, paths.Raw(t)))).Counts.ToString())).ConfigureAwait(false)),
            "transform" => async () => string.Join(", ", await Task.WhenAll(
                new[] { DataTable.Inventory, DataTable.Purchases }.Select(async t => (await TransformActivities.TransformFileAsync(new(run, t, paths.Raw(t)))).Counts.ToString()))),
            "anomalies" => async () => (await new AnomalyActivities(Root).DetectAsync(new(run, paths.Processed(DataTable.Inventory), paths.Processed(DataTable.Purchases)))).Counts.ToString(),
            "reports" => async () => (await new ReportActivities(Root).BuildAsync(new(run, paths.Processed(DataTable.Inventory), paths.Processed(DataTable.Purchases)))).HtmlPath,
            _ => () => Task.FromResult<string>(null!),
        };
        var result = await work();
        if (result is null)
        {
            Console.Error.WriteLine("usage: stage validate|transform|anomalies|reports [--data-dir DIR]  (DIR from an earlier `pipeline` run)");
            return 2;
        }

        process.Refresh();
        Console.WriteLine($"stage {stage}: {clock.Elapsed.TotalSeconds:F2} s wall, {(process.TotalProcessorTime - cpuBefore).TotalSeconds:F2} s CPU, " +
            $"{(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1e9:F1} GB allocated, peak {process.PeakWorkingSet64 / 1024 / 1024:N0} MiB, " +
            $"GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, GC pause {GC.GetTotalPauseDuration().TotalSeconds:F1} s");
        Console.WriteLine(result);
        return 0;
    }
}
