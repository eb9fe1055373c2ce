using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Storage;
using PantryPilot.Inference.Hosting;
using PantryPilot.Inference.Model;
using PantryPilot.Inference.Teaching;

namespace PantryPilot.Inference.Tests;

/// <summary>The inference pool as the recipe-model flow's teacher: the batch activity on the real tiny model (its text
/// is noise, so most answers are rejected; every one must be counted with its reason, none may crash the batch), and on
/// scripted outputs where the right count per reason is known by construction.</summary>
[Collection(TinyModelCollection.Name)]
public sealed class InferencePoolTeacherTests(TinyModelFixture fixture) : IDisposable
{
    private static readonly string[] Reasons = ["bad-json", "truncated", "not-a-recipe", "generation-failed"];

    private readonly string temp = Directory.CreateTempSubdirectory("pantrypilot-pool-teacher-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    private GenerateBatchInput Batch(int count, int start = 0) =>
        new(RecipeModelRun.From(new RecipeModelInput(temp, "pool", new(TeacherKind.InferencePool), SampleCount: count, BatchSize: count), "pool"), 0, start, count);

    private static InferencePoolTeacherActivities Activities(IRecipeTextGenerator model, int maxTokens = 256, int parallel = 2) =>
        new(model, new InferenceOptions { DefaultMaxTokens = maxTokens, MaxConcurrentActivities = parallel, HeartbeatEveryTokens = 8 }, DataRoot.ForLocalRun(Directory.GetCurrentDirectory()), NullLogger<InferencePoolTeacherActivities>.Instance);

    [Fact]
    public async Task GenerateBatch_TinyModel_EveryAnswerWrittenOrRejectedWithReason()
    {
        var input = Batch(12);

        var output = await Activities(fixture.Host).GenerateBatchAsync(input);

        // Read back from the files, not from the output: samples + rejected lines = requested, each reject named.
        var samples = File.ReadAllLines(output.Path);
        var rejected = File.ReadAllLines(Path.ChangeExtension(output.Path, ".rejected.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(12, output.Requested);
        Assert.Equal(12, samples.Length + rejected.Length);
        Assert.Equal(samples.Length, output.Written);
        Assert.All(rejected, r => Assert.Contains(r.GetProperty("reason").GetString(), Reasons));
        Assert.All(rejected, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("detail").GetString())));
        Assert.Equal(rejected.Length, output.Rejected.Values.Sum());
        // The ids cover sample indices 0..11 exactly once between the two files.
        var ids = samples.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Concat(rejected.Select(r => r.GetProperty("id").GetString())).Order().ToArray();
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"s7-{i:D7}"), ids);
        Assert.All(samples, l => Assert.StartsWith("inference-pool:", JsonDocument.Parse(l).RootElement.GetProperty("meta").GetProperty("teacher").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task GenerateBatch_FileAlreadyWritten_SkippedWithoutAskingTheModel()
    {
        var first = await Activities(fixture.Host, maxTokens: 16).GenerateBatchAsync(Batch(4));
        var bytes = await File.ReadAllBytesAsync(first.Path);
        var scripted = new ScriptedTextGenerator("never asked");

        var again = await Activities(scripted).GenerateBatchAsync(Batch(4));

        Assert.True(again.Skipped);
        Assert.Equal(0, scripted.Calls);
        Assert.Equal(first.Written, again.Written);
        Assert.Equal(first.Rejected, again.Rejected);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(again.Path));
    }

    [Fact]
    public async Task GenerateBatch_ScriptedAnswers_CountedPerReasonAndTheSampleShowsThePromptAsked()
    {
        const string Recipe = """{"title":"Rice bowl","cuisine":"any","time_minutes":20,"ingredients":[{"name":"rice","amount":200,"unit":"g"}],"suggested_additions":[],"steps":["Cook the rice."]}""";
        var scripted = new ScriptedTextGenerator(Recipe, "no json here", """{"title":"cut off""", """{"recipe":"none"}""");

        var output = await Activities(scripted, parallel: 1).GenerateBatchAsync(Batch(4));

        Assert.Equal(1, output.Written);
        Assert.Equal(new Dictionary<string, int> { ["bad-json"] = 1, ["not-a-recipe"] = 1, ["truncated"] = 1 }, output.Rejected);
        var sample = JsonDocument.Parse(File.ReadAllLines(output.Path).Single()).RootElement;
        var text = sample.GetProperty("text").GetString()!;
        Assert.Contains(scripted.Prompts, p => p.EndsWith("<|assistant|>\n", StringComparison.Ordinal) && text.StartsWith(p + Recipe, StringComparison.Ordinal));
        Assert.Contains("\"title\":\"Rice bowl\"", text, StringComparison.Ordinal);
        Assert.All(scripted.Schemas, s => Assert.Contains("\"ingredients\"", s, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GenerateBatch_ModelThrows_EveryAnswerRejectedAsGenerationFailed()
    {
        var output = await Activities(new ThrowingGenerator(), parallel: 1).GenerateBatchAsync(Batch(3));

        Assert.Equal(0, output.Written);
        Assert.Equal(new Dictionary<string, int> { ["generation-failed"] = 3 }, output.Rejected);
    }

    [Fact]
    public async Task GenerateBatch_AdapterThePoolDoesNotHave_FailsNonRetryablyWithoutWritingABatch()
    {
        var input = Batch(3) with { Run = Batch(3).Run with { Input = Batch(3).Run.Input with { Teacher = new(TeacherKind.InferencePool, Model: "nope") } } };

        var e = await Assert.ThrowsAsync<Temporalio.Exceptions.ApplicationFailureException>(() => Activities(fixture.Host).GenerateBatchAsync(input));

        Assert.True(e.NonRetryable);
        Assert.Equal(RecipeModelFailures.InvalidInput, e.ErrorType);
        Assert.Contains("'nope'", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp, "pool", "raw", "batches", "batch-00000.jsonl")));
    }

    /// <summary>A model whose runtime fails on every generation (a test double: the real one cannot be made to fail on cue).</summary>
    private sealed class ThrowingGenerator : IRecipeTextGenerator
    {
        public string Provider => "throwing";

        public string ModelName => "throwing";

        public GuidanceSupport Guidance { get; } = new(false, "test double");

        public IReadOnlyList<int> EncodePrompt(string prompt) => [1];

        public Task<GenerationResult> GenerateAsync(GenerationRequest request, Action<GenerationProgress>? progress, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("runtime error: out of device memory");
    }
}
