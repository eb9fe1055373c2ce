using Temporalio.Activities;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>dataset-generate with the inference pool as the teacher: scheduled on the pool's task queue
/// (<see cref="EvaluationNames.InferenceTaskQueue"/>), where the model is loaded (implemented by
/// PantryPilot.Inference.Teaching.InferencePoolTeacherActivities). Same input and output as the other teachers'
/// batch.</summary>
public interface IInferencePoolTeacherActivities
{
    [Activity(RecipeModelActivityNames.GenerateBatchOnPool)]
    Task<GenerateBatchOutput> GenerateBatchAsync(GenerateBatchInput input);
}
