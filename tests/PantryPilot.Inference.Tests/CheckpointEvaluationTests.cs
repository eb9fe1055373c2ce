using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Ontology;
using PantryPilot.Domain.Storage;
using PantryPilot.Inference.Evaluation;
using PantryPilot.Inference.Model;
using PantryPilot.Inference.Recipes;

namespace PantryPilot.Inference.Tests;

/// <summary>The evaluate-checkpoint activity on the real tiny model (its text is noise: raw figures are low, which is
/// the honest result) and on scripted outputs where the right verdict is known by construction.</summary>
[Collection(TinyModelCollection.Name)]
public sealed class CheckpointEvaluationTests(TinyModelFixture fixture) : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("pantrypilot-eval-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    private static string RequestsFile() =>
        Path.Combine(ModelPaths.FindRepositoryRoot(AppContext.BaseDirectory)!, "inference-worker", "requests", "compliance-requests.jsonl");

    private CheckpointEvaluationActivities Activities() =>
        new(new CheckpointEvaluator(fixture.Host, new RecipeGenerator(fixture.Host, fixture.Options), fixture.Options), fixture.Host, DataRoot.ForLocalRun(Directory.GetCurrentDirectory()));

    [Fact]
    public async Task Evaluate_BaseModelOnTinyModel_OneVerdictPerSampleAndNoServedViolation()
    {
        var output = await Activities().EvaluateAsync(new EvaluateCheckpointInput("run", new(EvaluationNames.BaseCandidate, null, null, null), RequestsFile(), 10, 6, MaxTokens: 16));

        Assert.Null(output.Error);
        var ids = File.ReadLines(RequestsFile()).Skip(10).Take(6).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids, output.Samples.Select(s => s.Id));
        Assert.All(output.Samples, s => Assert.Equal(0, s.ServedViolations));
        Assert.All(output.Samples, s => Assert.True(s.Tokens is > 0 and <= 16));
        Assert.All(output.Samples, s => Assert.False(s.RawCompliant && !s.RawParsed));
    }

    [Fact]
    public async Task Evaluate_WithAVerdictsFolder_WritesTheVerdictsThereAndReturnsOnlyThePath()
    {
        var verdicts = Path.Combine(temp, "verdicts");
        var input = new EvaluateCheckpointInput("run", new(EvaluationNames.BaseCandidate, null, null, null), RequestsFile(), 4, 2, MaxTokens: 8);

        var inline = await Activities().EvaluateAsync(input);
        var written = await Activities().EvaluateAsync(input with { VerdictsDir = verdicts });

        Assert.Empty(written.Samples);
        Assert.Equal(Path.Combine(verdicts, "base", "0000004.json"), written.VerdictsPath);
        var saved = JsonSerializer.Deserialize<EvaluateCheckpointOutput>(await File.ReadAllTextAsync(written.VerdictsPath!), PantryPilot.Contracts.Payloads.PayloadJson.Options)!;
        Assert.Equal(inline.Samples.Select(s => s.Id), saved.Samples.Select(s => s.Id));
        Assert.True(JsonSerializer.Serialize(written, PantryPilot.Contracts.Payloads.PayloadJson.Options).Length < 1024);
    }

    [Fact]
    public async Task Evaluate_OneSample_HeartbeatsWhileTheModelGenerates()
    {
        // Release 1 beat once per sample; a sample is up to several generations of up to the wall-time limit each.
        var beats = new List<object?>();
        var env = new Temporalio.Testing.ActivityEnvironment { Heartbeater = d => { lock (beats) { beats.AddRange(d); } } };
        var input = new EvaluateCheckpointInput("run", new(EvaluationNames.BaseCandidate, null, null, null), RequestsFile(), 0, 1, MaxTokens: 64);

        await env.RunAsync(() => Activities().EvaluateAsync(input));

        lock (beats)
        {
            Assert.Contains(beats, b => b is ShardProgress { SamplesDone: 0, Tokens: > 0 });
            Assert.Contains(beats, b => b is ShardProgress { SamplesDone: 1 });
        }
    }

    [Fact]
    public async Task Evaluate_AdapterFileMissing_ReportsCandidateErrorWithoutSamples()
    {
        var missing = Path.Combine(temp, "nope.onnx_adapter");

        var output = await Activities().EvaluateAsync(new EvaluateCheckpointInput("run", new("iter-0000500", 500, 1.2, missing), RequestsFile(), 0, 3));

        Assert.Empty(output.Samples);
        Assert.Contains("does not exist", output.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_TrainerCheckpointNotConverted_ReportsAdapterNotUsable()
    {
        // What the trainer stand-in (and mlx-lm) write is not ONNX Runtime GenAI's adapter format.
        var checkpoint = Path.Combine(temp, "0000500_adapters.safetensors");
        await File.WriteAllTextAsync(checkpoint, "{\"format\":\"pantrypilot-trainer-standin (not a real adapter)\",\"global_iteration\":500}");

        var output = await Activities().EvaluateAsync(new EvaluateCheckpointInput("run", new("iter-0000500", 500, 1.2, checkpoint), RequestsFile(), 0, 3));

        Assert.Empty(output.Samples);
        Assert.StartsWith("adapter not usable:", output.Error, StringComparison.Ordinal);
        Assert.Contains("failed to load", output.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateSample_ModelPicksChickenStockForVegetarian_RawNotCompliantServedStillClean()
    {
        var recipe = JsonSerializer.Serialize(new
        {
            title = "Vegetarian risotto",
            cuisine = "Italian",
            time_minutes = 30,
            ingredients = new[] { new { name = "rice", amount = 300, unit = "g" }, new { name = "chicken stock", amount = 1, unit = "L" } },
            suggested_additions = new[] { "basil" },
            steps = new[] { "Cook the rice in the stock." },
        });
        var model = new ScriptedTextGenerator(recipe);
        var evaluator = new CheckpointEvaluator(model, new RecipeGenerator(model, TinyModel.Options()), TinyModel.Options());
        var sample = new ComplianceCase("veg-1", ["vegetarian"], new GenerateRecipeInput(
            [new("chicken stock", 1, "L"), new("rice", 1, "kg"), new("onion", 2, "pcs")], [DietaryConstraint.Vegetarian], [], "Italian", "risotto"), ["chicken stock"]);

        var verdict = await evaluator.EvaluateAsync(sample, null, 64, CancellationToken.None);

        Assert.True(verdict.RawParsed);
        Assert.False(verdict.RawCompliant);
        Assert.Equal(["forbidden: chicken stock"], verdict.RawViolations);
        Assert.Contains("chicken stock", model.Prompts[0], StringComparison.Ordinal); // raw: the full pantry was shown
        Assert.False(verdict.ServedRecipe); // the guard never serves it (every scripted attempt repeats the stock)
        Assert.Equal(0, verdict.ServedViolations);
    }

    [Fact]
    public async Task EvaluateSample_CompliantChoice_RawCompliant()
    {
        var recipe = JsonSerializer.Serialize(new
        {
            title = "Onion rice",
            cuisine = "Italian",
            time_minutes = 30,
            ingredients = new[] { new { name = "rice", amount = 300, unit = "g" }, new { name = "onion", amount = 1, unit = "pcs" } },
            suggested_additions = Array.Empty<string>(),
            steps = new[] { "Cook." },
        });
        var model = new ScriptedTextGenerator(recipe);
        var evaluator = new CheckpointEvaluator(model, new RecipeGenerator(model, TinyModel.Options()), TinyModel.Options());
        var sample = new ComplianceCase("veg-2", ["vegetarian"], new GenerateRecipeInput(
            [new("chicken stock", 1, "L"), new("rice", 1, "kg"), new("onion", 2, "pcs")], [DietaryConstraint.Vegetarian], [], "Italian", "risotto"), []);

        var verdict = await evaluator.EvaluateAsync(sample, null, 64, CancellationToken.None);

        Assert.True(verdict.RawCompliant);
        Assert.Empty(verdict.RawViolations);
        Assert.True(verdict.ServedRecipe);
        Assert.Equal(0, verdict.ServedViolations);
    }
}

[Collection(TinyModelCollection.Name)]
public sealed class PromotedModelTrackerTests(TinyModelFixture fixture) : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("pantrypilot-registry-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Registry(ModelRegistryDocument document)
    {
        var path = Path.Combine(root, ModelRegistryDocument.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, document.ToJson());
        return path;
    }

    private static ModelRegistryEntry Entry(string id, string? adapter) =>
        new(id, "recipe", adapter, "snap-1", new Dictionary<string, double> { ["raw_compliance"] = 0.5 }, DateTimeOffset.UnixEpoch, null);

    [Fact]
    public void Refresh_NoRegistryFile_ServesBaseAndReportsNoChange()
    {
        var served = new ServedModel();
        var tracker = new PromotedModelTracker(fixture.Host, served, NullLogger<PromotedModelTracker>.Instance);

        Assert.Null(tracker.Refresh(Path.Combine(root, "missing.json")));
        Assert.Null(served.Adapter);
    }

    [Fact]
    public void Refresh_PromotedBaseThenBrokenAdapter_KeepsServingTheLastGoodModel()
    {
        var served = new ServedModel();
        var tracker = new PromotedModelTracker(fixture.Host, served, NullLogger<PromotedModelTracker>.Instance);
        var path = Registry(new([Entry("run-1/base", null)], "run-1/base", ["run-1/base"]));

        var change = tracker.Refresh(path);
        Assert.Contains("serving promoted model 'run-1/base'", change, StringComparison.Ordinal);
        Assert.Equal("run-1/base", served.EntryId);
        Assert.Null(tracker.Refresh(path)); // unchanged registry: nothing logged again

        var junk = Path.Combine(root, "junk.onnx_adapter");
        File.WriteAllText(junk, "not an adapter");
        Registry(new([Entry("run-1/base", null), Entry("run-2/iter-0000500", junk)], "run-2/iter-0000500", ["run-1/base", "run-2/iter-0000500"]));

        Assert.Null(tracker.Refresh(path));
        Assert.Equal("run-1/base", served.EntryId);
        Assert.Null(served.Adapter);
    }
}
