using Microsoft.Extensions.Logging.Abstractions;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.RecipeModel;
using PantryPilot.Activities.RecipeModel.Teachers;
using PantryPilot.Activities.Storage;
using PantryPilot.Activities.Transform;
using PantryPilot.Activities.Versioning;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Storage;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Tests.DataRoots;

/// <summary>Activities on a worker: payload locations are relative to the worker's data root, which is not the
/// process's working directory. Expected paths and counts are written by hand from the files the tests lay out.</summary>
public sealed class WorkerDataRootTests : IDisposable
{
    private readonly TempDirectory first = new();
    private readonly TempDirectory second = new();

    public void Dispose()
    {
        first.Dispose();
        second.Dispose();
    }

    [Fact]
    public async Task Transform_RootIsNotTheWorkingDirectory_ReadsAndWritesUnderTheRoot()
    {
        Assert.NotEqual(first.Path, Directory.GetCurrentDirectory());
        await WritePurchasesAsync(first.Path, "lbs", "handful");

        var output = await new TransformActivities(DataRoot.ForWorker(first.Path)).TransformAsync(Payload());

        // Two rows in the file under the root: one converts, one is quarantined.
        Assert.Equal(new StageCounts("transform", DataTable.Purchases, 2, 1, 1), output.Counts);
        Assert.Equal(first.Path + "/data/.staging/r1/processed/purchase_history.parquet", output.ProcessedPath);
        Assert.True(File.Exists(output.ProcessedPath));
        Assert.False(Directory.Exists(Path.Combine(Directory.GetCurrentDirectory(), "data", ".staging", "r1")));
    }

    [Theory]
    [InlineData("../outside/purchases.parquet")]
    [InlineData("/etc/pantry/purchases.parquet")]
    public async Task Transform_InputLeavingTheRoot_IsRefusedNamingTheLocation(string location)
    {
        var activities = new TransformActivities(DataRoot.ForWorker(first.Path));

        var e = await Assert.ThrowsAsync<BadInputException>(
            () => activities.TransformAsync(Payload() with { ValidPath = location }));

        Assert.Equal(
            $"data location '{location}' leaves the data root '{first.Path}'; give a location inside it",
            e.Message);
        Assert.False(Directory.Exists(Path.Combine(first.Path, "data")));
    }

    [Fact]
    public async Task Transform_DataFolderLeavingTheRoot_IsRefusedBeforeAnythingIsWritten()
    {
        await WritePurchasesAsync(first.Path, "kg");
        var payload = Payload() with { Run = Payload().Run with { DataDir = second.Path } };

        var e = await Assert.ThrowsAsync<BadInputException>(
            () => new TransformActivities(DataRoot.ForWorker(first.Path)).TransformAsync(payload));

        Assert.Contains($"data location '{second.Path}' leaves the data root", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(second.Path));
    }

    [Fact]
    public async Task Transform_TwoRootsInOneProcess_EachSeesItsOwnFiles()
    {
        await WritePurchasesAsync(first.Path, "kg", "g", "handful");
        await WritePurchasesAsync(second.Path, "oz");
        var inFirst = new TransformActivities(DataRoot.ForWorker(first.Path));
        var inSecond = new TransformActivities(DataRoot.ForWorker(second.Path));

        // The same payload, at the same time, on two roots.
        var outputs = await Task.WhenAll(inFirst.TransformAsync(Payload()), inSecond.TransformAsync(Payload()));

        Assert.Equal(new StageCounts("transform", DataTable.Purchases, 3, 2, 1), outputs[0].Counts);
        Assert.Equal(new StageCounts("transform", DataTable.Purchases, 1, 1, 0), outputs[1].Counts);
        Assert.StartsWith(first.Path + "/data/", outputs[0].ProcessedPath, StringComparison.Ordinal);
        Assert.StartsWith(second.Path + "/data/", outputs[1].ProcessedPath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateBatch_RelativeDatasetFolder_WritesUnderTheRootAndAnswersRelative()
    {
        var activities = new RecipeDatasetActivities(
            new TeacherFactory(new TeacherSettings(), new HttpClient()),
            new VersionRemoteFactory(new VersioningOptions(first.Combine("remote"), null)),
            DataRoot.ForWorker(first.Path),
            NullLogger<RecipeDatasetActivities>.Instance);
        var run = RecipeModelRun.From(new RecipeModelInput("datasets", "ds", SampleCount: 3, BatchSize: 3, Seed: 5), "ds");

        var output = await activities.GenerateBatchAsync(new(run, 0, 0, 3));

        // The location a pool that mounts the data elsewhere can resolve under its own root.
        Assert.Equal("datasets/ds/raw/batches/batch-00000.jsonl", output.Path);
        Assert.Equal(3, File.ReadLines(Path.Combine(first.Path, output.Path)).Count());
    }

    [Fact]
    public async Task GenerateBatch_CorpusLeavingTheRoot_IsRefused()
    {
        var activities = new RecipeDatasetActivities(
            new TeacherFactory(new TeacherSettings(), new HttpClient()),
            new VersionRemoteFactory(new VersioningOptions(null, null)),
            DataRoot.ForWorker(first.Path),
            NullLogger<RecipeDatasetActivities>.Instance);
        var input = new RecipeModelInput("datasets", "ds", CorpusPath: "../corpus.txt", SampleCount: 1, BatchSize: 1);

        var e = await Assert.ThrowsAsync<BadInputException>(
            () => activities.GenerateBatchAsync(new(RecipeModelRun.From(input, "ds"), 0, 0, 1)));

        Assert.Equal(
            $"data location '../corpus.txt' leaves the data root '{first.Path}'; give a location inside it",
            e.Message);
    }

    /// <summary>A transform payload as a workflow sends it: every location relative to the root.</summary>
    private static TransformInput Payload() => new(
        new PipelineRun("r1", "data", new DateOnly(2026, 11, 24), SourceKind.Synthetic),
        DataTable.Purchases,
        "in/purchases.parquet");

    /// <summary>Writes in/purchases.parquet under <paramref name="root"/>: one purchase per unit, 1 of it for
    /// 1.00.</summary>
    private static async Task WritePurchasesAsync(string root, params string[] units)
    {
        var batch = TableBatch.Allocate(PantrySchemas.Purchases, units.Length);
        for (var r = 0; r < units.Length; r++)
        {
            batch.Integer(TableSchema.SourceRowColumn)[r] = r + 1;
            batch.Number("quantity_purchased")[r] = 1;
            batch.Text("unit")[r] = units[r];
            batch.Number("price_total")[r] = 1;
        }

        await using var writer = await ParquetTableWriter.CreateAsync(
            Path.Combine(root, "in", "purchases.parquet"),
            PantrySchemas.Purchases);
        await writer.WriteAsync(batch);
        await writer.CompleteAsync();
    }
}
