using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using PantryPilot.Cli.Households;
using PantryPilot.Contracts.Households;
using PantryPilot.Domain.Catalogue;
using PantryPilot.Domain.Ontology;
using PantryPilot.Inference.Hosting;
using PantryPilot.Inference.Model;
using PantryPilot.Inference.Recipes;
using Spectre.Console;

namespace PantryPilot.Benchmarks.Households;

/// <summary>
/// `benchmarks households [--iterations 30] [--households 100] [--updates 10]`, on the tiny model, in-process, on the
/// embedded store in a temporary folder:
/// (1) request-recipe end to end (state, stock read, guarded generation, record) at 10 and 110 pantry items, p50/p95,
/// with the same request's phases timed alone in the same run (pre-filter, prompt fit, generation) to show where the
/// time goes; (2) households x mixed updates with 2 workers: throughput, and every update applied exactly once (the
/// final stock and the request rows are checked against the counts the driver sent).
/// </summary>
public static class HouseholdBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var iterations = IntArg(args, "--iterations", 30);
        var households = IntArg(args, "--households", 100);
        var updates = IntArg(args, "--updates", 10);
        var folder = Path.Combine(Path.GetTempPath(), "households-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection().Build();
        try
        {
            await using (var calls = await InProcessHouseholdCalls.OpenAsync(configuration, folder, CancellationToken.None))
            {
                AnsiConsole.MarkupLineInterpolated($"{calls.Description}");
                await RecipeLatencyAsync(calls, configuration, iterations);
            }

            return await MixedUpdates.RunAsync(configuration, folder, households, updates);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task RecipeLatencyAsync(InProcessHouseholdCalls calls, IConfiguration configuration, int iterations)
    {
        var table = new Table().AddColumns("pantry items", "path", "p50 ms", "p95 ms", "attempts", "tokens");
        foreach (var size in new[] { 10, 110 })
        {
            var id = $"BENCH{size}";
            var names = ItemCatalogue.Items.Select(i => i.Name).Take(size).ToList();
            for (var start = 0; start < names.Count; start += HouseholdLimits.MaxLinesPerUpdate)
            {
                var lines = names.Skip(start).Take(HouseholdLimits.MaxLinesPerUpdate).Select((n, i) => new PurchaseLine(n, 100 + i, "g", null, new DateOnly(2027, 1, 1).AddDays(i))).ToList();
                await calls.RecordPurchaseAsync(id, new RecordPurchaseRequest($"{id}-buy-{start}", lines));
            }

            var endToEnd = new List<double>();
            var attempts = new List<int>();
            for (var i = -3; i < iterations; i++)
            {
                var clock = Stopwatch.StartNew();
                var answer = await calls.RequestRecipeAsync(id, new RequestRecipeRequest($"{id}-r-{i}", "dinner", Diets: ["vegetarian"]));
                if (i >= 0)
                {
                    endToEnd.Add(clock.Elapsed.TotalMilliseconds);
                    attempts.Add(answer.Options[0].Answer.Attempts);
                }
            }

            table.AddRow(size.ToString(CultureInfo.InvariantCulture), "request-recipe end to end", P(endToEnd, 50), P(endToEnd, 95), attempts.Average().ToString("F1", CultureInfo.InvariantCulture), "-");
            await PhasesAsync(table, configuration, size, names, iterations);
        }

        AnsiConsole.Write(table);
    }

    /// <summary>The same request's phases alone, in the same run: where the end-to-end time goes.</summary>
    private static async Task PhasesAsync(Table table, IConfiguration configuration, int size, IReadOnlyList<string> names, int iterations)
    {
        var options = InferenceServiceCollectionExtensions.ReadOptions(configuration);
        using var host = RecipeModelHost.Load(options);
        var generator = new RecipeGenerator(host, options);
        var input = new GenerateRecipeInput(names.Select((n, i) => new PantryItem(n, 100 + i, "g", new DateOnly(2027, 1, 1).AddDays(i))).ToList(), [DietaryConstraint.Vegetarian], [], null, "dinner");
        var (filter, fit, generate) = (new List<double>(), new List<double>(), new List<double>());
        var tokens = new List<int>();
        for (var i = -3; i < iterations; i++)
        {
            var clock = Stopwatch.StartNew();
            var allowed = PantryPreFilter.Apply(input.Pantry, new DietaryPolicy(IngredientOntology.Default, input.Constraints)).Allowed;
            var filtered = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var answerTokens = host.ContextLength is { } context ? Math.Min(options.DefaultMaxTokens, context / 2) : options.DefaultMaxTokens;
            PantryTrimmer.Fit(allowed, input, host, answerTokens);
            var fitted = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var output = await generator.GenerateAsync(input, null, CancellationToken.None);
            if (i >= 0)
            {
                filter.Add(filtered);
                fit.Add(fitted);
                generate.Add(clock.Elapsed.TotalMilliseconds);
                tokens.Add(output.Diagnostics.TokensGenerated);
            }
        }

        var n = size.ToString(CultureInfo.InvariantCulture);
        table.AddRow(n, "  ontology pre-filter alone", P(filter, 50), P(filter, 95), "-", "-");
        table.AddRow(n, "  prompt fit to context alone", P(fit, 50), P(fit, 95), "-", "-");
        table.AddRow(n, "  guarded generation (whole)", P(generate, 50), P(generate, 95), "-", tokens.Average().ToString("F0", CultureInfo.InvariantCulture));
    }

    internal static string P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        var index = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)].ToString("F1", CultureInfo.InvariantCulture);
    }

    internal static int IntArg(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
