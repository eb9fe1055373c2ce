using System.Diagnostics;
using System.Globalization;
using PantryPilot.Domain.Ontology;
using PantryPilot.Inference;
using PantryPilot.Inference.Hosting;
using PantryPilot.Inference.Model;
using PantryPilot.Inference.Recipes;
using Spectre.Console;
using Temporalio.Testing;

namespace PantryPilot.Benchmarks.Inference;

/// <summary>
/// `benchmarks inference [--model PATH] [--provider P] [--iterations N] [--warmup N] [--max-tokens N]`:
/// the GenerateRecipe activity against the raw ONNX Runtime GenAI loop on the same model, prompt and token count,
/// measured in the same run (medians after warm-up). Reports the activity's generation-loop overhead, its end-to-end
/// overhead, and, separately, the cost of JSON-schema guidance where the model supports it.
/// </summary>
public static class InferenceBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var iterations = IntArg(args, "--iterations", 20);
        var warmup = IntArg(args, "--warmup", 3);
        var maxTokens = IntArg(args, "--max-tokens", 64);
        var options = new InferenceOptions
        {
            ModelPath = StringArg(args, "--model"),
            Provider = StringArg(args, "--provider") ?? "auto",
            MaxAttempts = 1,
            Guidance = "off",
            DefaultMaxTokens = maxTokens,
            MaxTokensLimit = Math.Max(maxTokens, 1024),
            HeartbeatEveryTokens = 16,
        };

        using var host = RecipeModelHost.Load(options);
        AnsiConsole.MarkupLineInterpolated($"model {host.ModelPath} on {host.Provider} ({host.ProviderNote})");
        var input = new GenerateRecipeInput(
            [new("chicken stock", 1, "L"), new("tofu", 400, "g"), new("rice", 1, "kg"), new("spinach", 200, "g"), new("garlic", 1, "pcs")],
            [DietaryConstraint.Vegetarian],
            [],
            "Thai",
            "something warm",
            MaxTokens: maxTokens);
        var allowed = PantryPreFilter.Apply(input.Pantry, new DietaryPolicy(IngredientOntology.Default, input.Constraints)).Allowed;
        var prompt = host.EncodePrompt(RecipePrompt.Build(input, allowed));
        var schema = RecipeSchema.Build(allowed);
        var activities = new RecipeInferenceActivities(new RecipeGenerator(host, options));
        var environment = new ActivityEnvironment();
        var loopRequest = new GenerationRequest(prompt, maxTokens, null, null, 1, TimeSpan.FromMinutes(5), options.HeartbeatEveryTokens);

        // Interleaved round-robin, so load drift on a shared machine hits every path alike.
        var samples = Measure(
            warmup,
            iterations,
            () => Task.FromResult(host.GenerateRaw(prompt, maxTokens)),
            async () => (await host.GenerateAsync(loopRequest, _ => { }, CancellationToken.None)).TokensGenerated,
            async () => (await environment.RunAsync(() => activities.GenerateRecipeAsync(input))).Diagnostics.TokensGenerated);
        var (raw, loop, activity) = (samples[0], samples[1], samples[2]);

        var table = new Table().AddColumns("path", "prompt tokens", "tokens", "median ms", "tokens/s", "overhead vs raw");
        AddRow(table, "raw GenAI loop (baseline)", prompt.Count, raw, raw);
        AddRow(table, "activity generation loop", prompt.Count, loop, raw);
        AddRow(table, "GenerateRecipe activity end-to-end", prompt.Count, activity, raw);
        AnsiConsole.Write(table);

        var loopOverhead = Overhead(loop, raw);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"generation-loop overhead {loopOverhead:F1}% (target < 5%: {(loopOverhead < 5 ? "met" : "NOT met")}); end-to-end overhead {Overhead(activity, raw):F1}% (prompt build, pre-filter, parse, validate, Temporal context)");
        if (raw.Tokens != loop.Tokens || raw.Tokens != activity.Tokens)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]token counts differ (raw {raw.Tokens}, loop {loop.Tokens}, activity {activity.Tokens}); compare tokens/s[/]");
        }

        await MeasureGuidanceAsync(options, prompt, schema, maxTokens, warmup, iterations, raw);
        return 0;
    }

    private static async Task MeasureGuidanceAsync(InferenceOptions options, IReadOnlyList<int> prompt, string schema, int maxTokens, int warmup, int iterations, Sample raw)
    {
        var guided = new InferenceOptions { ModelPath = options.ModelPath, Provider = options.Provider, Guidance = "on" };
        using var host = RecipeModelHost.Load(guided);
        var request = new GenerationRequest(prompt, maxTokens, schema, null, 1, TimeSpan.FromMinutes(5));
        var probe = await host.GenerateAsync(request, null, CancellationToken.None);
        if (!probe.GuidanceApplied)
        {
            AnsiConsole.MarkupLineInterpolated($"guidance cost: not measurable on this model: {probe.GuidanceError ?? host.Guidance.Reason}");
            return;
        }

        var unguided = request with { JsonSchema = null };
        var pair = Measure(
            warmup,
            iterations,
            async () => (await host.GenerateAsync(unguided, null, CancellationToken.None)).TokensGenerated,
            async () => (await host.GenerateAsync(request, null, CancellationToken.None)).TokensGenerated);
        var (plain, sample) = (pair[0], pair[1]);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"guidance cost: guided {sample.Tokens} tokens in {sample.MedianMs:F2} ms ({sample.TokensPerSecond:F0} tokens/s) vs unguided {plain.Tokens} tokens in {plain.MedianMs:F2} ms ({plain.TokensPerSecond:F0} tokens/s): {(plain.TokensPerSecond / sample.TokensPerSecond - 1) * 100:F1}% more time per token (raw loop {raw.TokensPerSecond:F0} tokens/s)");
    }

    private sealed record Sample(double MedianMs, int Tokens)
    {
        public double TokensPerSecond => MedianMs > 0 ? Tokens / (MedianMs / 1000) : 0;
    }

    private static Sample[] Measure(int warmup, int iterations, params Func<Task<int>>[] runs)
    {
        for (var i = 0; i < warmup; i++)
        {
            foreach (var run in runs)
            {
                run().GetAwaiter().GetResult();
            }
        }

        var times = runs.Select(_ => new List<double>(iterations)).ToArray();
        var tokens = new int[runs.Length];
        for (var i = 0; i < iterations; i++)
        {
            for (var r = 0; r < runs.Length; r++)
            {
                var stopwatch = Stopwatch.StartNew();
                tokens[r] = runs[r]().GetAwaiter().GetResult();
                times[r].Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }

        return times.Select((t, r) => new Sample(t.Order().ElementAt(t.Count / 2), tokens[r])).ToArray();
    }

    private static double Overhead(Sample sample, Sample baseline) => (sample.MedianMs / baseline.MedianMs - 1) * 100;

    private static void AddRow(Table table, string name, int promptTokens, Sample sample, Sample baseline) => table.AddRow(
        name,
        promptTokens.ToString(CultureInfo.InvariantCulture),
        sample.Tokens.ToString(CultureInfo.InvariantCulture),
        sample.MedianMs.ToString("F2", CultureInfo.InvariantCulture),
        sample.TokensPerSecond.ToString("F0", CultureInfo.InvariantCulture),
        ReferenceEquals(sample, baseline) ? "-" : Overhead(sample, baseline).ToString("+0.0;-0.0", CultureInfo.InvariantCulture) + "%");

    private static string? StringArg(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static int IntArg(string[] args, string name, int fallback) =>
        StringArg(args, name) is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
