using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Training;

namespace PantryPilot.Activities.Training;

/// <summary>One planned attempt of the trainer: its number and record, where it resumes, the state it starts from
/// (already saved with the attempt running), and where it runs.</summary>
/// <param name="Directory">The attempt's own working folder (config, the trainer's adapters).</param>
/// <param name="AdapterDirectory">Where the trainer writes its checkpoints, copied into the store as they
/// appear.</param>
public sealed record TrainerAttemptPlan(
    int Number,
    TrainingAttempt Record,
    ResumePlan Plan,
    TrainingState State,
    LossCurve Curve,
    TrainingSupervisor.RunPaths Paths,
    string Directory,
    string AdapterDirectory,
    IReadOnlyList<string> Arguments);
