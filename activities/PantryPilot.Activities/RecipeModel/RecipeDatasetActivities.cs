using Microsoft.Extensions.Logging;
using PantryPilot.Activities.Heartbeats;
using PantryPilot.Activities.RecipeModel.Teachers;
using PantryPilot.Activities.Versioning;
using PantryPilot.Contracts.Activities;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.RecipeModel;
using Temporalio.Activities;
using Temporalio.Exceptions;

namespace PantryPilot.Activities.RecipeModel;

/// <summary>The data half of the recipe-model flow: thin adapters over <see cref="DatasetGenerator"/>,
/// <see cref="DatasetFilter"/>, <see cref="DatasetSplitter"/> and <see cref="DatasetRepository"/>. Heartbeats carry
/// progress; outside a worker (the in-process run) they are skipped.</summary>
public class RecipeDatasetActivities(TeacherFactory teachers, VersionRemoteFactory remotes, ILogger<RecipeDatasetActivities> logger) : IRecipeDatasetActivities
{
    private static readonly RecipeDiet Diet = RecipeDiet.Default;

    private static ActivityExecutionContext? Context => CurrentActivity.Context;

    private static CancellationToken Token => Context?.CancellationToken ?? CancellationToken.None;

    [Activity(RecipeModelActivityNames.GenerateBatch)]
    public async Task<GenerateBatchOutput> GenerateBatchAsync(GenerateBatchInput input)
    {
        var teacher = teachers.Create(input.Run.Teacher, Diet);
        try
        {
            var output = await new DatasetGenerator(Diet).GenerateAsync(input, teacher, done => Context?.Heartbeat(new { batch = input.BatchIndex, done, of = input.Count }), Token);
            logger.LogInformation(
                "Batch {Batch} of {RunId}: {Written}/{Requested} samples{Skipped}",
                input.BatchIndex, input.Run.RunId, output.Written, output.Requested, output.Skipped ? " (already written, skipped)" : string.Empty);
            return output;
        }
        catch (TeacherConfigurationException e)
        {
            throw new ApplicationFailureException(e.Message, RecipeModelFailures.InvalidInput, nonRetryable: true);
        }
    }

    [Activity(RecipeModelActivityNames.Filter)]
    public Task<FilterDatasetOutput> FilterAsync(FilterDatasetInput input) =>
        new DatasetFilter(Diet).FilterAsync(
            input.BatchPaths,
            RecipeDatasetPaths.FilterDir(input.Run.DatasetDir),
            RecipeDatasetPaths.ReportsDir(input.Run.DatasetDir),
            DatasetFilter.SettingsOf(input.Run.Filter),
            input.Run.RunId,
            n => Context?.Heartbeat(n),
            Token);

    /// <summary>Heartbeats on a timer: the splitter reads and writes the whole kept file without reporting
    /// progress.</summary>
    [Activity(RecipeModelActivityNames.Split)]
    public async Task<SplitDatasetOutput> SplitAsync(SplitDatasetInput input)
    {
        await using var beat = PeriodicHeartbeat.ForCurrentActivity(() => "splitting " + input.KeptPath);
        var folder = RecipeDatasetPaths.SplitDir(input.Run.DatasetDir);
        return await DatasetSplitter.SplitAsync(input.KeptPath, folder, input.Run.Input.Seed, input.Run.Split, Token);
    }

    /// <summary>A content-addressed snapshot of the dataset folder (raw/ and processed/), pushed to the remote. A retry
    /// after a crash finds the same id (same files) and pushes only what is missing. Heartbeats on a timer: hashing
    /// and pushing a large file report nothing for minutes.</summary>
    [Activity(RecipeModelActivityNames.Snapshot)]
    public async Task<SnapshotDatasetOutput> SnapshotAsync(SnapshotDatasetInput input)
    {
        await using var beat = PeriodicHeartbeat.ForCurrentActivity(() => "snapshot of " + input.Run.DatasetDir);
        var repository = new DatasetRepository(input.Run.DatasetDir);
        var snapshot = await repository.SnapshotAsync(input.Message, null, Token);
        await new VersionSync(repository, remotes.Create(input.Run.DatasetDir)).PushAsync(snapshot.Manifest.Id, null, Token);
        return new(snapshot.Manifest.Id, snapshot.Manifest.Files.Count, snapshot.NewObjects);
    }
}
