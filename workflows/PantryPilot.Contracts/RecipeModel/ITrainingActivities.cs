using Temporalio.Activities;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>The train stage as an activity, on <see cref="TrainingNames.TaskQueue"/> (implemented by
/// PantryPilot.Activities.Training.TrainingActivities).</summary>
public interface ITrainingActivities
{
    [Activity(TrainingNames.TrainActivity)]
    Task<TrainOutput> TrainAsync(TrainInput input);

    [Activity(TrainingNames.CheckTrainerActivity)]
    Task<TrainerCheckOutput> CheckTrainerAsync(TrainerCheckInput input);
}
