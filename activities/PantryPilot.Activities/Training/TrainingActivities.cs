using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PantryPilot.Activities.Storage;
using PantryPilot.Contracts.Activities;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Storage;
using Temporalio.Activities;

namespace PantryPilot.Activities.Training;

/// <summary>The train activity, on the <c>model-training</c> task queue (only hosts with a trainer poll it): a thin
/// adapter from Temporal's activity context to <see cref="TrainingSupervisor"/>.</summary>
/// <remarks>The artifact store and the dataset resolve under <paramref name="root"/>; the checkpoints and curves handed
/// back are located relative to it again.</remarks>
public class TrainingActivities(
    TrainerOptions options,
    DataRoot root,
    ILogger<TrainingActivities>? logger = null) : ITrainingActivities
{
    [Activity(TrainingNames.TrainActivity)]
    public async Task<TrainOutput> TrainAsync(TrainInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input = input with
        {
            ArtifactRoot = root.Resolved(input.ArtifactRoot),
            DatasetDir = root.Resolved(input.DatasetDir),
        };
        return root.Located(await TrainResolvedAsync(input));
    }

    private async Task<TrainOutput> TrainResolvedAsync(TrainInput input)
    {
        var supervisor = new TrainingSupervisor(options);
        if (CurrentActivity.Context is not { } activity)
        {
            // In-process run: one attempt, no server to keep heartbeats.
            return await supervisor.TrainAsync(
                input,
                new TrainingAttemptContext(
                    1,
                    null,
                    _ => { },
                    logger ?? (ILogger)NullLogger.Instance,
                    CancellationToken.None));
        }

        TrainingProgress? previous = null;
        if (activity.Info.HeartbeatDetails.Count > 0)
        {
            previous = await activity.Info.HeartbeatDetailAtAsync<TrainingProgress>(0);
        }

        return await supervisor.TrainAsync(input, new TrainingAttemptContext(
            activity.Info.Attempt, previous, p => activity.Heartbeat(p), activity.Logger, activity.CancellationToken));
    }

    /// <summary>Answers from a host that polls the training queue (so "no trainer host" is only ever the check's
    /// queue timeout, never a slow retry of the training itself) and says which trainer it would run. A trainer that
    /// is configured but cannot run here fails the check at once, non-retryably, before hours are booked.</summary>
    [Activity(TrainingNames.CheckTrainerActivity)]
    public Task<TrainerCheckOutput> CheckTrainerAsync(TrainerCheckInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var host = Environment.MachineName;
        if (!options.IsConfigured)
        {
            return Task.FromResult(new TrainerCheckOutput(false, host, "none"));
        }

        new TrainingSupervisor(options).CheckTrainer();
        return Task.FromResult(new TrainerCheckOutput(true, host, options.Describe()));
    }
}
