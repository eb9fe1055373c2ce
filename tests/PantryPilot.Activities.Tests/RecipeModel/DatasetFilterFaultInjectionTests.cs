using PantryPilot.Activities.RecipeModel;
using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Activities.Tests.RecipeModel;

/// <summary>The filter activity dies halfway and is retried (rule 9): killed in the middle of the stream, or after
/// kept.jsonl and removed.jsonl are in place but before its reports, the retry must leave the same files, byte for
/// byte, as a run that was never killed, and no temporary file behind. The oracle is the uninterrupted run, not the
/// filter's logic.</summary>
public sealed class DatasetFilterFaultInjectionTests : IDisposable
{
    // Three teacher lines in the original layout: one kept, one removed for a step food, one removed for its diet.
    private const string Kept = """{"input": {"user_inventory": ["rice", "onion"], "requested_ingredients": null, "user_request": "", "preference": null, "cuisine": null}, "output": {"status": "ok", "missing_ingredients": [], "recipe": {"name": "Onion Rice N", "cuisine": "Indian", "culinary_preference": "None", "time": "20m", "main_ingredients": ["1 cup rice", "1 onion"], "steps": "Step 1. Fry the onion. Step 2. Add the rice and 2 cups water and simmer.", "note": null}, "shopping_list": []}, "scenario": "scenario_1", "generated_at": "2025-11-13T05:22:11Z"}""";

    private const string StepFood = """{"input": {"user_inventory": ["lentils", "onion", "chicken stock"], "requested_ingredients": null, "user_request": "", "preference": "vegetarian", "cuisine": null}, "output": {"status": "ok", "missing_ingredients": [], "recipe": {"name": "Lentil Soup N", "cuisine": "French", "culinary_preference": "vegetarian", "time": "40m", "main_ingredients": ["1 cup lentils", "1 onion"], "steps": "Step 1. Fry the onion. Step 2. Add the lentils and the chicken stock and simmer.", "note": null}, "shopping_list": []}, "scenario": "scenario_1", "generated_at": "2025-11-13T05:22:11Z"}""";

    private const string Diet = """{"input": {"user_inventory": ["rice", "soy sauce"], "requested_ingredients": null, "user_request": "", "preference": "gluten_free", "cuisine": null}, "output": {"status": "ok", "missing_ingredients": [], "recipe": {"name": "Soy Rice N", "cuisine": "Chinese", "culinary_preference": "gluten_free", "time": "20m", "main_ingredients": ["1 cup rice", "2 tbsp soy sauce"], "steps": "Step 1. Cook the rice. Step 2. Toss with the soy sauce.", "note": null}, "shopping_list": []}, "scenario": "scenario_1", "generated_at": "2025-11-13T05:22:11Z"}""";

    /// <summary>More than two of the filter's chunks and past its first heartbeat (every 1,000 samples).</summary>
    private const int Samples = 1_500;

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Filter_KilledMidStreamThenRetried_EndsAsIfNeverKilled()
    {
        var expected = await UninterruptedAsync();
        var run = Folder("killed-mid-stream");

        await Assert.ThrowsAsync<KilledException>(() => FilterAsync(run, heartbeat: _ => throw new KilledException()));
        Assert.False(File.Exists(Path.Combine(run.Out, "kept.jsonl")), "half a kept.jsonl was published");
        Assert.False(File.Exists(Path.Combine(run.Out, "removed.jsonl")), "half a removed.jsonl was published");

        await FilterAsync(run);

        Assert.Equal(expected, Snapshot(run.Root));
    }

    [Fact]
    public async Task Filter_KilledAfterSamplesBeforeReportsThenRetried_EndsAsIfNeverKilled()
    {
        var expected = await UninterruptedAsync();
        var run = Folder("killed-before-reports");
        // A file where the reports folder must be: the samples are committed, then the report step fails.
        File.WriteAllText(run.Reports, "in the way");

        await Assert.ThrowsAnyAsync<IOException>(() => FilterAsync(run));
        Assert.True(File.Exists(Path.Combine(run.Out, "kept.jsonl")), "the kill came before the samples were in place");
        File.Delete(run.Reports);

        await FilterAsync(run);

        Assert.Equal(expected, Snapshot(run.Root));
    }

    [Fact]
    public async Task Filter_RunTwiceInTheSameFolder_SameBytes()
    {
        var run = Folder("twice");
        await FilterAsync(run);
        var first = Snapshot(run.Root);

        await FilterAsync(run);

        Assert.Equal(first, Snapshot(run.Root));
    }

    private async Task<List<string>> UninterruptedAsync()
    {
        var run = Folder("uninterrupted");
        var output = await FilterAsync(run);
        Assert.Equal(Samples, output.SamplesIn);
        Assert.True(output.Kept > 0 && output.Removed > 0, $"kept {output.Kept}, removed {output.Removed}");
        return Snapshot(run.Root);
    }

    private (string Root, string Input, string Out, string Reports) Folder(string name)
    {
        var root = temp.Combine(name);
        var input = Path.Combine(root, "in", "teacher.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(input)!);
        // Every line distinct (the recipe's name carries its number), so none is removed as a duplicate.
        File.WriteAllLines(input, Enumerable.Range(0, Samples).Select(i =>
            ((i % 3) switch { 0 => Kept, 1 => StepFood, _ => Diet }).Replace(" N\"", $" {i}\"", StringComparison.Ordinal)));
        var outDir = Path.Combine(root, "out");
        Directory.CreateDirectory(outDir);
        return (root, input, outDir, Path.Combine(root, "reports"));
    }

    private static Task<Contracts.RecipeModel.FilterDatasetOutput> FilterAsync(
        (string Root, string Input, string Out, string Reports) run, Action<long>? heartbeat = null) =>
        new DatasetFilter(RecipeDiet.Default).FilterAsync(
            [run.Input], run.Out, run.Reports, new FilterSettings(), "fault injection", heartbeat, CancellationToken.None);

    /// <summary>Every file under the run's folder (input, samples, statistics, reports): relative path and a hash of
    /// its bytes. A temporary file left behind shows up as an extra entry.</summary>
    private static List<string> Snapshot(string root) =>
        [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => $"{Path.GetRelativePath(root, f)} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))}")
            .Order(StringComparer.Ordinal)];

    private sealed class KilledException : Exception;
}
