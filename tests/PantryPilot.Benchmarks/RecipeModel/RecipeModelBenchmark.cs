using System.Diagnostics;
using System.Globalization;
using PantryPilot.Activities.RecipeModel;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Benchmarks.RecipeModel;

/// <summary>`recipe-model`: template-teacher generation and filter throughput (samples/s), as one batch activity and one
/// filter activity run them, plus the filter statistics of the run. Targets: generate ≥ 1,000 samples/s, filter ≥ 10,000
/// samples/s. The filter is measured against a floor in the same run: reading every line, parsing it as JSON and writing
/// it out again, which any filter has to do. Wall time and CPU time are both reported: on a shared machine CPU time is the
/// fairer figure (the filter judges on every core, the floor runs on one).</summary>
public static class RecipeModelBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var samples = IntArg(args, "--samples", 5000);
        var seed = IntArg(args, "--seed", 7);
        var rounds = IntArg(args, "--rounds", 3);
        var dir = StringArg(args, "--out") ?? Path.Combine(Path.GetTempPath(), "pantrypilot-bench-recipe-model");
        Directory.CreateDirectory(dir);
        var diet = RecipeDiet.Default;
        var planner = new SamplePlanner(RecipeCorpus.Default, diet, RecipeModelDefaults.TagMix);
        var teacher = new TemplateTeacher(diet, 0.1);

        // Cold: the first filter in this process (JIT and the ontology's caches start empty), on other samples of the
        // same size. A worker runs it once per process; every later filter activity runs warm, as measured below.
        var warmupPath = Path.Combine(dir, "warmup.jsonl");
        await GenerateAsync(planner, teacher, seed + 1, samples, warmupPath);
        var cold = await MeasureAsync(() => FilterAsync(diet, warmupPath, Path.Combine(dir, "warmup"), samples));

        var path = Path.Combine(dir, "samples.jsonl");
        var generate = await MeasureAsync(() => GenerateAsync(planner, teacher, seed, samples, path));

        // Floor and filter alternate, so a burst of load on a shared machine hits both; medians of the rounds.
        var floors = new List<(double Wall, double Cpu)>();
        var filters = new List<(double Wall, double Cpu)>();
        FilterDatasetOutput? output = null;
        var filterDir = Path.Combine(dir, "filter");
        for (var round = 0; round < rounds; round++)
        {
            floors.Add(await MeasureAsync(() => FloorAsync(path, Path.Combine(dir, "floor.jsonl"))));
            filters.Add(await MeasureAsync(async () => output = await FilterAsync(diet, path, filterDir, samples)));
        }

        // The same samples in the original teacher layout: the quantity grammar and the lossless conversion on top.
        var originalPath = Path.Combine(dir, "original.jsonl");
        await OriginalLayoutSamples.WriteAsync(path, originalPath);
        var originals = new List<(double Wall, double Cpu)>();
        FilterDatasetOutput? originalOutput = null;
        for (var round = 0; round < rounds; round++)
        {
            var originalDir = Path.Combine(dir, "original");
            originals.Add(await MeasureAsync(async () =>
                originalOutput = await FilterAsync(diet, originalPath, originalDir, samples)));
        }

        var floor = (Median(floors.Select(f => f.Wall)), Median(floors.Select(f => f.Cpu)));
        var filter = (Median(filters.Select(f => f.Wall)), Median(filters.Select(f => f.Cpu)));
        var original = (Median(originals.Select(f => f.Wall)), Median(originals.Select(f => f.Cpu)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recipe-model benchmark: {samples:N0} samples, seed {seed}, template teacher (fault rate 0.1), {Environment.ProcessorCount} cores, median of {rounds} rounds"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"measure",-48} {"wall s",7} {"samples/s",10} {"CPU s",7} {"per CPU-s",10} {"target",8}"));
        Row("generate (plan + teacher + write jsonl)", generate, 1000);
        Row("floor: read + JSON-parse + write each line", floor, null);
        Row("filter, cold (first in the process)", cold, 10000);
        Row("filter (read + judge + kept/removed + reports)", filter, 10000);
        Row("filter, same samples in the original layout", original, 10000);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"filter / floor: {filter.Item1 / floor.Item1:F2}x wall, {filter.Item2 / floor.Item2:F2}x CPU"));

        // What a fresh process pays once (JIT of the filter's code, the chart library's native start, the ontology's
        // cache), not per sample: with more samples the cold rate approaches the warm one (try --samples 50000).
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold start-up, once per process (cold wall - warm wall): {cold.Wall - filter.Item1:F2} s"));
        void Row(string name, (double Wall, double Cpu) m, int? target) => Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-48} {m.Wall,7:F2} {samples / m.Wall,10:N0} {m.Cpu,7:F2} {samples / m.Cpu,10:N0} {(target is { } t ? $"{t:N0} {(samples / m.Wall >= t ? "met" : "missed")} wall, {(samples / m.Cpu >= t ? "met" : "missed")} CPU" : "")}"));

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"filter: {output!.SamplesIn:N0} in, {output.Kept:N0} kept ({100.0 * output.Kept / output.SamplesIn:F1}%), {output.Removed:N0} removed, {output.PromptsRebuilt:N0} prompts rebuilt through the pre-filter"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"tag",-14} {"samples",8} {"kept",8} {"removed",8} {"kept %",7}"));
        foreach (var t in output.ByTag)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t.Tag,-14} {t.Samples,8:N0} {t.Kept,8:N0} {t.Removed,8:N0} {100.0 * t.Kept / t.Samples,7:F1}"));
        }

        Console.WriteLine("removed by reason: " + string.Join(", ", output.RemovedByReason.OrderByDescending(r => r.Value).Select(r => $"{r.Key} {r.Value:N0}")));
        var originalReasons = originalOutput!.RemovedByReason.OrderByDescending(r => r.Value)
            .Select(r => $"{r.Key} {r.Value:N0}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"original layout: {originalOutput.Kept:N0} kept, ")
            + "removed by reason: " + string.Join(", ", originalReasons));
        Console.WriteLine($"files: {output.StatsCsvPath}, {output.ReportHtmlPath}, {output.ChartPngPath}");
        if (args.Contains("--stages"))
        {
            Stages(diet, path);
        }

        return 0;
    }

    private static Task<FilterDatasetOutput> FilterAsync(RecipeDiet diet, string path, string outDir, int samples) =>
        new DatasetFilter(diet).FilterAsync([path], outDir, outDir, new FilterSettings(), $"benchmark, {samples} samples", null, CancellationToken.None);

    private static async Task FloorAsync(string input, string output)
    {
        await using var file = new JsonLinesFile(output);
        await foreach (var (_, line) in JsonLinesFile.ReadAsync(input, CancellationToken.None))
        {
            using var document = System.Text.Json.JsonDocument.Parse(line);
            file.WriteLine(line);
        }

        await file.CommitAsync(CancellationToken.None);
    }

    private static async Task<(double Wall, double Cpu)> MeasureAsync(Func<Task> action)
    {
        var cpu = Cpu();
        var wall = Stopwatch.StartNew();
        await action();
        return (wall.Elapsed.TotalSeconds, Cpu() - cpu);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>`--stages`: where the filter's time goes, each part alone on one thread over the same lines (best of 3,
    /// CPU time of the process per sample).</summary>
    private static void Stages(RecipeDiet diet, string path)
    {
        var lines = File.ReadAllLines(path);
        var dir = Path.GetDirectoryName(path)!;
        var judge = new RecipeSampleFilter(diet, new FilterSettings());
        var candidates = lines.Select((l, i) => SampleReader.Read(l, "bench", i).Candidate!).ToArray();
        var decisions = candidates.Select((c, i) => judge.Judge(c, i)).ToArray();
        void Time(string name, Action action)
        {
            var best = double.MaxValue;
            long allocated = 0;
            for (var r = 0; r < 3; r++)
            {
                var cpu = Cpu();
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                action();
                best = Math.Min(best, Cpu() - cpu);
                allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-44} {best * 1e6 / lines.Length,8:F1} µs/sample (CPU) {allocated / 1024.0 / lines.Length,8:F1} KiB/sample allocated"));
        }

        Console.WriteLine("filter stages:");
        Time("JSON parse (SampleReader.Read)", () =>
        {
            foreach (var l in lines)
            {
                SampleReader.Read(l, "bench", 1);
            }
        });
        Time("judge (ontology, pre-filter, prompt, length)", () =>
        {
            for (var i = 0; i < candidates.Length; i++)
            {
                judge.Judge(candidates[i], i);
            }
        });
        Time("read lines (JsonLinesFile.ReadAsync)", () =>
        {
            Task.Run(async () =>
            {
                await foreach (var l in JsonLinesFile.ReadAsync(path, CancellationToken.None))
                {
                }
            }).GetAwaiter().GetResult();
        });
        var stats = new PantryPilot.Activities.RecipeModel.FilterStatistics();
        foreach (var d in decisions)
        {
            stats.Add(d);
        }

        Time("reports (CSV + HTML + PNG), per sample", () => FilterReport.WriteAsync(stats, Path.Combine(dir, "st.csv"), dir, "t", new FilterSettings(), CancellationToken.None).GetAwaiter().GetResult());
        Time("serialize kept", () =>
        {
            foreach (var d in decisions)
            {
                if (d.Kept is { } k)
                {
                    RecipeModelJson.Serialize(k);
                }
            }
        });
    }

    private static async Task GenerateAsync(SamplePlanner planner, TemplateTeacher teacher, int seed, int samples, string path)
    {
        await using var file = new JsonLinesFile(path);
        for (var i = 0; i < samples; i++)
        {
            var plan = planner.Plan(seed, i);
            var answer = teacher.Answer(plan);
            file.WriteLine(RecipeModelJson.Serialize(SampleFactory.Create(plan, answer.Answer!, teacher.Name, answer.InjectedFault)));
        }

        await file.CommitAsync(CancellationToken.None);
    }

    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static int IntArg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string? StringArg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
