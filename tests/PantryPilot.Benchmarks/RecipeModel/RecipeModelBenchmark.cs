using System.Diagnostics;
using System.Globalization;
using PantryPilot.Activities.RecipeModel;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Benchmarks.RecipeModel;

/// <summary>`recipe-model`: template-teacher generation and filter throughput (samples/s) on one thread, as one
/// batch activity and one filter activity run them, plus the filter statistics of the run.
/// Targets: generate ≥ 1,000 samples/s, filter ≥ 10,000 samples/s.</summary>
public static class RecipeModelBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var samples = IntArg(args, "--samples", 5000);
        var seed = IntArg(args, "--seed", 7);
        var dir = StringArg(args, "--out") ?? Path.Combine(Path.GetTempPath(), "pantrypilot-bench-recipe-model");
        Directory.CreateDirectory(dir);
        var diet = RecipeDiet.Default;
        var planner = new SamplePlanner(RecipeCorpus.Default, diet, RecipeModelDefaults.TagMix);
        var teacher = new TemplateTeacher(diet, 0.1);

        // Warm-up (JIT, ontology verdict cache) on other indices, then the measured runs.
        await GenerateAsync(planner, teacher, seed + 1, 300, Path.Combine(dir, "warmup.jsonl"));
        await new DatasetFilter(diet).FilterAsync([Path.Combine(dir, "warmup.jsonl")], Path.Combine(dir, "warmup"), Path.Combine(dir, "warmup"), new FilterSettings(), "warm-up", null, CancellationToken.None);

        var path = Path.Combine(dir, "samples.jsonl");
        var cpu0 = Cpu();
        var generate = Stopwatch.StartNew();
        await GenerateAsync(planner, teacher, seed, samples, path);
        generate.Stop();
        var generateCpu = Cpu() - cpu0;

        var filterDir = Path.Combine(dir, "filter");
        cpu0 = Cpu();
        var filter = Stopwatch.StartNew();
        var output = await new DatasetFilter(diet).FilterAsync([path], filterDir, filterDir, new FilterSettings(), $"benchmark, {samples} samples", null, CancellationToken.None);
        filter.Stop();
        var filterCpu = Cpu() - cpu0;

        // The filter's judging alone (no file I/O, no reports), on the same samples.
        var judge = new RecipeSampleFilter(diet, new FilterSettings());
        var lines = File.ReadAllLines(path);
        var judgeOnly = Stopwatch.StartNew();
        foreach (var (line, i) in lines.Select((l, i) => (l, i)))
        {
            judge.Judge(SampleReader.Read(line, "bench", i).Candidate!, i);
        }

        judgeOnly.Stop();
        var parseOnly = Stopwatch.StartNew();
        foreach (var (line, i) in lines.Select((l, i) => (l, i)))
        {
            SampleReader.Read(line, "bench", i);
        }

        parseOnly.Stop();

        var genRate = samples / generate.Elapsed.TotalSeconds;
        var filterRate = samples / filter.Elapsed.TotalSeconds;
        var judgeRate = samples / judgeOnly.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recipe-model benchmark: {samples:N0} samples, seed {seed}, template teacher (fault rate 0.1), {Environment.ProcessorCount} cores"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"measure",-44} {"seconds",8} {"samples/s",12} {"target",8}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"generate (plan + teacher + write jsonl)",-44} {generate.Elapsed.TotalSeconds,8:F2} {genRate,12:N0} {"1,000",8} {(genRate >= 1000 ? "met" : "MISSED")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"filter (read + judge + kept/removed + reports)",-44} {filter.Elapsed.TotalSeconds,8:F2} {filterRate,12:N0} {"10,000",8} {(filterRate >= 10000 ? "met" : "MISSED")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"filter, parse + judge only",-44} {judgeOnly.Elapsed.TotalSeconds,8:F2} {judgeRate,12:N0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CPU seconds (the machine may be shared): generate {generateCpu:F2} s = {samples / generateCpu:N0} samples per CPU-second; filter {filterCpu:F2} s = {samples / filterCpu:N0} samples per CPU-second"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"filter, parse only",-44} {parseOnly.Elapsed.TotalSeconds,8:F2} {samples / parseOnly.Elapsed.TotalSeconds,12:N0}"));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"filter: {output.SamplesIn:N0} in, {output.Kept:N0} kept ({100.0 * output.Kept / output.SamplesIn:F1}%), {output.Removed:N0} removed, {output.PromptsRebuilt:N0} prompts rebuilt through the pre-filter"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"tag",-14} {"samples",8} {"kept",8} {"removed",8} {"kept %",7}"));
        foreach (var t in output.ByTag)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t.Tag,-14} {t.Samples,8:N0} {t.Kept,8:N0} {t.Removed,8:N0} {100.0 * t.Kept / t.Samples,7:F1}"));
        }

        Console.WriteLine("removed by reason: " + string.Join(", ", output.RemovedByReason.OrderByDescending(r => r.Value).Select(r => $"{r.Key} {r.Value:N0}")));
        Console.WriteLine($"files: {output.StatsCsvPath}, {output.ReportHtmlPath}, {output.ChartPngPath}");
        return 0;
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
