using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

public enum TrainStatus
{
    /// <summary>The trainer ran to the last iteration.</summary>
    Trained,

    /// <summary>No trainer is configured on this host: the flow evaluates the base model only.</summary>
    NoTrainer,

    /// <summary>No host polled the model-training task queue within <see cref="TrainingOptions.QueueTimeout"/>: the
    /// train activity never started; the flow evaluates the base model only.</summary>
    NoTrainerHost,
}
