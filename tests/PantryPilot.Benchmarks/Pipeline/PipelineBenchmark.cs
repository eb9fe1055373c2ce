using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PantryPilot.Activities;
using PantryPilot.Activities.Database;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Cli.Pipeline;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Generation;
using PantryPilot.Domain.Storage;
using PantryPilot.Workflows.DataPipeline;

namespace PantryPilot.Benchmarks.Pipeline;

/// <summary>Times each pipeline stage and the whole run over PostgreSQL data, against a floor measured in the
/// same run: `COPY ... TO STDOUT (FORMAT BINARY)` of the same tables (the least any reader of them must pay).</summary>
public static class PipelineBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var inventoryRows = IntArg(args, "--inventory", 1_000_000);
        var purchaseRows = IntArg(args, "--purchases", 5_000_000);
        var dataDir = Path.GetFullPath(StringArg(args, "--data-dir") ?? Path.Combine(Path.GetTempPath(), "pantrypilot-bench"));
        var skipLoad = args.Contains("--skip-load");
        var url = BenchmarkDatabase.Url;
        const int itemsPerUser = 25;
        var users = Math.Max(1, inventoryRows / itemsPerUser);
        var purchasesPerUser = Math.Max(1, purchaseRows / users);

        Console.WriteLine($"pipeline benchmark: {users * itemsPerUser:N0} inventory rows, {users * purchasesPerUser:N0} purchase rows, {Environment.ProcessorCount} cores");
        await using var database = new PantryDatabase(new DatabaseOptions(url));
        await database.MigrateAsync();

        var results = new List<(string Name, double Seconds, long Rows)>();
        if (!skipLoad)
        {
            await database.TruncateAsync();
            var generator = new SyntheticDataGenerator(new GeneratorSettings(users, itemsPerUser, purchasesPerUser, Seed: 7, AsOf: new DateOnly(2026, 11, 24)));
            var load = Stopwatch.StartNew();
            var loaded = await database.Loader.LoadAsync(DataTable.Inventory, generator.Inventory(), Progress("load inventory"));
            loaded += await database.Loader.LoadAsync(DataTable.Purchases, generator.Purchases(), Progress("load purchases"));
            loaded += await database.Receipts.LoadAsync(generator.Receipts().Take(10_000));
            await database.VacuumAnalyzeAsync();
            Console.WriteLine();
            results.Add(("generate + COPY load (binary)", load.Elapsed.TotalSeconds, loaded));
        }

        // The floor: raw binary COPY out of every table the pipeline reads, bytes discarded. The load ended with VACUUM
        // (ANALYZE), as `db load` does, so the floor and the pipeline read the tables in the same state; before that the
        // floor, read first, paid alone for setting the new rows' hint bits (12.3 s against 9.2 s) and flattered the ratio.
        var floor = Stopwatch.StartNew();
        long floorRows = 0;
        foreach (var table in DataTables.Ingested)
        {
            floorRows += (await database.CopyOutBaselineAsync(table)).Rows;
        }

        var floorSeconds = floor.Elapsed.TotalSeconds;
        results.Add(("floor: COPY TO STDOUT (FORMAT BINARY)", floorSeconds, floorRows));

        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["DATABASE_URL"] = url }).Build();
        await using var services = new ServiceCollection().AddLogging().AddPipelineActivities(configuration, DataRoot.ForLocalRun(Directory.GetCurrentDirectory())).BuildServiceProvider();
        var stageClock = new Dictionary<string, Stopwatch>();
        var stageRows = new Dictionary<string, long>();
        var run = new PipelineRun("bench", dataDir, new DateOnly(2026, 11, 24), SourceKind.Postgres, Policy: ValidationPolicy.Quarantine);
        var gcBefore = GC.GetTotalAllocatedBytes();
        var total = Stopwatch.StartNew();
        var summary = await new DataPipelineFlow(new InProcessStageRunner(services, progress =>
        {
            foreach (var stage in progress.Stages)
            {
                if (stage.State == StageState.Running && !stageClock.ContainsKey(stage.Stage))
                {
                    stageClock[stage.Stage] = Stopwatch.StartNew();
                }
                else if (stage.State == StageState.Completed && stageClock.TryGetValue(stage.Stage, out var clock) && clock.IsRunning)
                {
                    clock.Stop();
                    stageRows[stage.Stage] = stage.RowsIn;
                }
            }
        })).RunAsync(run);
        var totalSeconds = total.Elapsed.TotalSeconds;

        foreach (var stage in StageNames.Order)
        {
            if (stageClock.TryGetValue(stage, out var clock))
            {
                results.Add(($"stage {stage}", clock.Elapsed.TotalSeconds, stageRows.GetValueOrDefault(stage)));
            }
        }

        results.Add(("whole pipeline (in-process)", totalSeconds, floorRows));
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;

        Console.WriteLine();
        Console.WriteLine($"{"measure",-40} {"seconds",10} {"rows",14} {"rows/s",14} {"x floor",9}");
        foreach (var (name, seconds, rows) in results)
        {
            Console.WriteLine($"{name,-40} {seconds,10:F2} {rows,14:N0} {rows / Math.Max(seconds, 1e-9),14:N0} {seconds / floorSeconds,9:F2}");
        }

        var ratio = totalSeconds / floorSeconds;
        Console.WriteLine();
        Console.WriteLine($"whole pipeline / floor: {ratio:F2}x (target <= 3x) {(ratio <= 3 ? "MET" : "NOT MET")}");
        Console.WriteLine($"peak working set: {peak / 1024.0 / 1024.0:N0} MiB (target < 1536 MiB) {(peak < 1.5 * 1024 * 1024 * 1024 ? "MET" : "NOT MET")}; allocated during pipeline: {(GC.GetTotalAllocatedBytes() - gcBefore) / 1024.0 / 1024.0 / 1024.0:N1} GiB");
        Console.WriteLine($"rows conserved: {summary.RowsConserved}; alerts: {summary.Alerts.Total:N0}; snapshot {summary.SnapshotId}");

        var csv = Path.Combine(dataDir, "reports", "benchmark.csv");
        await File.WriteAllLinesAsync(csv, new[] { "measure,seconds,rows,ratio_to_floor" }.Concat(results.Select(r =>
            string.Create(CultureInfo.InvariantCulture, $"\"{r.Name}\",{r.Seconds:F3},{r.Rows},{r.Seconds / floorSeconds:F3}"))));
        Console.WriteLine($"figures written to {csv}");
        return 0;
    }

    private static Action<long> Progress(string what)
    {
        var clock = Stopwatch.StartNew();
        return rows => Console.Write($"\r{what}: {rows:N0} rows ({rows / Math.Max(clock.Elapsed.TotalSeconds, 1e-9):N0} rows/s)   ");
    }

    private static int IntArg(string[] args, string name, int fallback) =>
        StringArg(args, name) is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : fallback;

    private static string? StringArg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
