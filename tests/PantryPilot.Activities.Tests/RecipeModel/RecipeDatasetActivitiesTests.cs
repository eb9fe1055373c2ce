using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using PantryPilot.Activities.RecipeModel;
using PantryPilot.Activities.RecipeModel.Teachers;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Activities.Versioning;
using PantryPilot.Contracts.RecipeModel;
using Temporalio.Exceptions;

namespace PantryPilot.Activities.Tests.RecipeModel;

/// <summary>The recipe-model activities on real files in a temp folder.</summary>
public sealed class RecipeDatasetActivitiesTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly HttpClient http = new();

    private RecipeDatasetActivities Activities(TeacherSettings? settings = null) =>
        new(new TeacherFactory(settings ?? new TeacherSettings(), http), new VersionRemoteFactory(new VersioningOptions(temp.Combine("remote"), null)), TestRoots.Local, NullLogger<RecipeDatasetActivities>.Instance);

    private RecipeModelRun Run(int samples = 250, TeacherOptions? teacher = null, FilterOptions? filter = null) =>
        RecipeModelRun.From(new RecipeModelInput(temp.Path, "ds", teacher, SampleCount: samples, BatchSize: 100, Seed: 5, Filter: filter), "ds");

    private async Task<GenerateBatchOutput[]> GenerateAllAsync(RecipeModelRun run, RecipeDatasetActivities? activities = null)
    {
        activities ??= Activities();
        var outputs = new List<GenerateBatchOutput>();
        for (var index = 0; index * run.Input.BatchSize < run.Input.SampleCount; index++)
        {
            var start = index * run.Input.BatchSize;
            outputs.Add(await activities.GenerateBatchAsync(new(run, index, start, Math.Min(run.Input.BatchSize, run.Input.SampleCount - start))));
        }

        return outputs.ToArray();
    }

    private static string[] Ids(string path) =>
        File.ReadLines(path).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToArray();

    [Fact]
    public async Task GenerateBatch_WritesItsOwnFileAndSidecar_AllIdsDistinct()
    {
        var outputs = await GenerateAllAsync(Run());

        Assert.Equal([100, 100, 50], outputs.Select(o => o.Written));
        Assert.All(outputs, o => Assert.True(File.Exists(o.Path) && File.Exists(Path.ChangeExtension(o.Path, ".stats.json"))));
        var ids = outputs.SelectMany(o => Ids(o.Path)).ToArray();
        Assert.Equal(250, ids.Distinct().Count());
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task GenerateBatch_AlreadyWritten_SkippedWithSameCountsAndFileUntouched()
    {
        var run = Run();
        var first = await GenerateAllAsync(run);
        var before = first.Select(o => File.ReadAllBytes(o.Path)).ToArray();
        var written = first.Select(o => File.GetLastWriteTimeUtc(o.Path)).ToArray();

        var again = await GenerateAllAsync(run);

        Assert.All(again, o => Assert.True(o.Skipped));
        Assert.Equal(first.Select(o => (o.Written, o.Requested)), again.Select(o => (o.Written, o.Requested)));
        Assert.Equal(first.Select(o => o.WrittenByTag.OrderBy(t => t.Key)), again.Select(o => o.WrittenByTag.OrderBy(t => t.Key)));
        Assert.Equal(before, again.Select(o => File.ReadAllBytes(o.Path)).ToArray());
        Assert.Equal(written, again.Select(o => File.GetLastWriteTimeUtc(o.Path)).ToArray());
    }

    [Fact]
    public async Task GenerateBatch_CrashLeftATempFile_BatchRegeneratedIdentically()
    {
        var run = Run(100);
        var first = (await GenerateAllAsync(run)).Single();
        var bytes = File.ReadAllBytes(first.Path);
        // A crash mid-batch: the rename never happened, only a partial temp file and no batch file exist.
        File.Move(first.Path, first.Path + ".abc.tmp");
        File.WriteAllText(first.Path + ".abc.tmp", "{\"id\":\"half");

        var again = (await GenerateAllAsync(run)).Single();

        Assert.False(again.Skipped);
        Assert.Equal(bytes, File.ReadAllBytes(again.Path));
    }

    [Fact]
    public async Task Filter_GeneratedBatches_ConservesSamplesAndWritesReports()
    {
        var run = Run();
        var batches = await GenerateAllAsync(run);

        var output = await Activities().FilterAsync(new(run, batches.Select(b => b.Path).ToArray()));

        Assert.Equal(250, output.SamplesIn);
        Assert.True(output.Conserved);
        Assert.Equal(output.Kept, File.ReadLines(output.KeptPath).Count());
        Assert.Equal(output.Removed, File.ReadLines(output.RemovedPath).Count());
        Assert.Equal(output.Removed, output.RemovedByReason.Values.Sum());
        Assert.True(new FileInfo(output.ChartPngPath).Length > 1000);
        Assert.Contains("kept", File.ReadAllText(output.ReportHtmlPath), StringComparison.Ordinal);
        // The CSV's kept rows add up to kept samples (a sample with one tag counts once).
        var csv = File.ReadAllLines(output.StatsCsvPath);
        Assert.Equal("tag,supported,outcome,count", csv[0]);
        Assert.Equal(output.SamplesIn, csv.Skip(1).Sum(l => long.Parse(l.Split(',')[3], System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var removed in File.ReadLines(output.RemovedPath))
        {
            using var line = JsonDocument.Parse(removed);
            var original = line.RootElement.GetProperty("original").GetString()!;
            Assert.Contains(original, File.ReadLines(batches[0].Path).Concat(File.ReadLines(batches[1].Path)).Concat(File.ReadLines(batches[2].Path)));
        }
    }

    [Fact]
    public async Task Filter_SameSamplesTwice_SecondCopiesRemovedAsDuplicates()
    {
        var run = Run(100);
        var batch = (await GenerateAllAsync(run)).Single();
        var copy = temp.File("copy.jsonl", File.ReadAllText(batch.Path));

        var output = await Activities().FilterAsync(new(run, [batch.Path, copy]));

        Assert.Equal(200, output.SamplesIn);
        Assert.Equal(100, output.RemovedByReason["duplicate"]);
    }

    [Fact]
    public async Task Filter_MissingFile_BadInputNamingIt()
    {
        var e = await Assert.ThrowsAsync<Pipeline.BadInputException>(() => Activities().FilterAsync(new(Run(), [temp.File("nope.jsonl")])));

        Assert.Contains("nope.jsonl", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SplitFormat.Chat)]
    [InlineData(SplitFormat.Text)]
    public async Task Split_KeptSamples_MlxLayoutStratifiedAndComplete(SplitFormat format)
    {
        var run = Run(400) with { };
        run = run with { Input = run.Input with { Split = new SplitOptions(0.1, 0.05, format) } };
        var batches = await GenerateAllAsync(run);
        var filtered = await Activities().FilterAsync(new(run, batches.Select(b => b.Path).ToArray()));

        var split = await Activities().SplitAsync(new(run, filtered.KeptPath));

        Assert.Equal(filtered.Kept, split.Train + split.Valid + split.Test);
        Assert.Equal(split.Train, File.ReadLines(split.TrainPath).Count());
        Assert.Equal(split.Valid, File.ReadLines(split.ValidPath).Count());
        Assert.Equal(split.Test, File.ReadLines(split.TestPath!).Count());
        Assert.InRange(split.Valid, filtered.Kept * 0.07, filtered.Kept * 0.13);
        using var first = JsonDocument.Parse(File.ReadLines(split.ValidPath).First());
        if (format == SplitFormat.Chat)
        {
            var roles = first.RootElement.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("role").GetString() ?? string.Empty).ToArray();
            Assert.Equal(["system", "user", "assistant"], roles);
        }
        else
        {
            Assert.StartsWith("<|system|>", first.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        }

        var again = await Activities().SplitAsync(new(run, filtered.KeptPath));
        Assert.Equal(File.ReadAllBytes(split.ValidPath), File.ReadAllBytes(again.ValidPath));
    }

    [Fact]
    public async Task Snapshot_Twice_SameIdNothingNew()
    {
        var run = Run(100);
        await GenerateAllAsync(run);

        var first = await Activities().SnapshotAsync(new(run, "one"));
        var second = await Activities().SnapshotAsync(new(run, "two"));

        Assert.Equal(first.SnapshotId, second.SnapshotId);
        Assert.True(first.Files >= 3);
        Assert.Equal(0, second.NewObjects);
        Assert.True(Directory.Exists(temp.Combine("remote")));
    }

    [Fact]
    public async Task GenerateBatch_EndpointTeacher_WritesAcceptedCountsRejected()
    {
        var content = new[]
        {
            ChatCompletionsServerDouble.GoodRecipe,
            "{\"title\":\"Cut",
            "no json here",
        };
        await using var server = new ChatCompletionsServerDouble((n, _) => (200, ChatCompletionsServerDouble.Completion(content[n % 3])));
        var run = Run(30, new TeacherOptions(TeacherKind.OpenAiCompatible, "llama3.1:8b", server.BaseUrl));

        var output = (await GenerateAllAsync(run)).Single();

        Assert.Equal(30, output.Requested);
        Assert.Equal(10, output.Written);
        Assert.Equal(10, output.Rejected["truncated"]);
        Assert.Equal(10, output.Rejected["bad-json"]);
        Assert.Equal(20, File.ReadLines(Path.ChangeExtension(output.Path, ".rejected.jsonl")).Count());
        Assert.Contains("openai-compatible:llama3.1:8b", File.ReadLines(output.Path).First(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateBatch_EndpointTeacherWithoutUrl_NonRetryableInvalidInput()
    {
        var run = Run(10, new TeacherOptions(TeacherKind.OpenAiCompatible));

        var e = await Assert.ThrowsAsync<ApplicationFailureException>(() => GenerateAllAsync(run));

        Assert.Equal(RecipeModelFailures.InvalidInput, e.ErrorType);
        Assert.True(e.NonRetryable);
    }

    public void Dispose()
    {
        http.Dispose();
        temp.Dispose();
    }
}
