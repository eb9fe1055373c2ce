using Microsoft.Extensions.Logging;
using PantryPilot.Activities.Heartbeats;
using PantryPilot.Activities.RecipeModel.Teachers;
using PantryPilot.Activities.Storage;
using PantryPilot.Activities.Versioning;
using PantryPilot.Contracts.Activities;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.RecipeModel;
using PantryPilot.Domain.Storage;
using Temporalio.Activities;
using Temporalio.Exceptions;

namespace PantryPilot.Activities.RecipeModel;

/// <summary>The data half of the recipe-model flow: thin adapters over <see cref="DatasetGenerator"/>,
/// <see cref="DatasetFilter"/>, <see cref="DatasetSplitter"/> and <see cref="DatasetRepository"/>. Heartbeats carry
/// progress; outside a worker (the in-process run) they are skipped.</summary>
/// <remarks>Payload locations resolve under <paramref name="root"/> on the way in; the paths handed back are located
/// relative to it again, so a worker that mounts the data elsewhere finds them.</remarks>
public class RecipeDatasetActivities(
    TeacherFactory teachers,
    VersionRemoteFactory remotes,
    DataRoot root,
    ILogger<RecipeDatasetActivities> logger) : IRecipeDatasetActivities
{
    private static readonly RecipeDiet Diet = RecipeDiet.Default;

    private static ActivityExecutionContext? Context => CurrentActivity.Context;

    private static CancellationToken Token => Context?.CancellationToken ?? CancellationToken.None;

    [Activity(RecipeModelActivityNames.GenerateBatch)]
    public async Task<GenerateBatchOutput> GenerateBatchAsync(GenerateBatchInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input = input with { Run = root.Resolved(input.Run) };
        var teacher = teachers.Create(input.Run.Teacher, Diet);
        try
        {
            var output =
                await new DatasetGenerator(Diet).GenerateAsync(input, teacher,
                    done => Context?.Heartbeat(new { batch = input.BatchIndex, done, of = input.Count }), Token);
            logger.LogInformation(
                "Batch {Batch} of {RunId}: {Written}/{Requested} samples{Skipped}",
                input.BatchIndex, input.Run.RunId, output.Written, output.Requested, output.Skipped
                    ? " (already written, skipped)" : string.Empty);
            return output with { Path = root.Locate(output.Path) };
        }
        catch (TeacherConfigurationException e)
        {
            throw new ApplicationFailureException(e.Message, RecipeModelFailures.InvalidInput, nonRetryable: true);
        }
    }

    [Activity(RecipeModelActivityNames.Filter)]
    public async Task<FilterDatasetOutput> FilterAsync(FilterDatasetInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var datasetDir = root.Resolved(input.Run.DatasetDir);
        var output = await new DatasetFilter(Diet).FilterAsync(
            [.. input.BatchPaths.Select(root.Resolved)],
            RecipeDatasetPaths.FilterDir(datasetDir),
            RecipeDatasetPaths.ReportsDir(datasetDir),
            DatasetFilter.SettingsOf(input.Run.Filter),
            input.Run.RunId,
            n => Context?.Heartbeat(n),
            Token);
        return output with
        {
            KeptPath = root.Locate(output.KeptPath),
            RemovedPath = root.Locate(output.RemovedPath),
            StatsCsvPath = root.Locate(output.StatsCsvPath),
            ReportHtmlPath = root.Locate(output.ReportHtmlPath),
            ChartPngPath = root.Locate(output.ChartPngPath),
        };
    }

    /// <summary>Heartbeats on a timer: the splitter reads and writes the whole kept file without reporting
    /// progress.</summary>
    [Activity(RecipeModelActivityNames.Split)]
    public async Task<SplitDatasetOutput> SplitAsync(SplitDatasetInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var beat = PeriodicHeartbeat.ForCurrentActivity(() => "splitting " + input.KeptPath);
        var folder = RecipeDatasetPaths.SplitDir(root.Resolved(input.Run.DatasetDir));
        var kept = root.Resolved(input.KeptPath);
        var output = await DatasetSplitter.SplitAsync(kept, folder, input.Run.Input.Seed, input.Run.Split, Token);
        return output with
        {
            Folder = root.Locate(output.Folder),
            TrainPath = root.Locate(output.TrainPath),
            ValidPath = root.Locate(output.ValidPath),
            TestPath = root.LocateOptional(output.TestPath),
        };
    }

    /// <summary>A content-addressed snapshot of the dataset folder (raw/ and processed/), pushed to the remote. A retry
    /// after a crash finds the same id (same files) and pushes only what is missing. Heartbeats on a timer: hashing
    /// and pushing a large file report nothing for minutes.</summary>
    [Activity(RecipeModelActivityNames.Snapshot)]
    public async Task<SnapshotDatasetOutput> SnapshotAsync(SnapshotDatasetInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var beat = PeriodicHeartbeat.ForCurrentActivity(() => "snapshot of " + input.Run.DatasetDir);
        var datasetDir = root.Resolved(input.Run.DatasetDir);
        var repository = new DatasetRepository(datasetDir);
        var snapshot = await repository.SnapshotAsync(input.Message, null, Token);
        await new VersionSync(repository, remotes.Create(datasetDir)).PushAsync(snapshot.Manifest.Id, null, Token);
        return new(snapshot.Manifest.Id, snapshot.Manifest.Files.Count, snapshot.NewObjects);
    }
}
