using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PantryPilot.Activities.Heartbeats;
using PantryPilot.Contracts.RecipeModel;
using Temporalio.Activities;

namespace PantryPilot.Activities.Training;

/// <summary>The train activity, on the <c>model-training</c> task queue (only hosts with a trainer poll it): a thin
/// adapter from Temporal's activity context to <see cref="TrainingSupervisor"/>.</summary>
public class TrainingActivities(TrainerOptions options, ILogger<TrainingActivities>? logger = null) : ITrainingActivities
{
    [Activity(TrainingNames.TrainActivity)]
    public async Task<TrainOutput> TrainAsync(TrainInput input)
    {
        var supervisor = new TrainingSupervisor(options);
        if (CurrentActivity.Context is not { } activity)
        {
            // In-process run: one attempt, no server to keep heartbeats.
            return await supervisor.TrainAsync(input, new TrainingAttemptContext(1, null, _ => { }, logger ?? (ILogger)NullLogger.Instance, CancellationToken.None));
        }

        TrainingProgress? previous = null;
        if (activity.Info.HeartbeatDetails.Count > 0)
        {
            previous = await activity.Info.HeartbeatDetailAtAsync<TrainingProgress>(0);
        }

        return await supervisor.TrainAsync(input, new TrainingAttemptContext(
            activity.Info.Attempt, previous, p => activity.Heartbeat(p), activity.Logger, activity.CancellationToken));
    }
}
