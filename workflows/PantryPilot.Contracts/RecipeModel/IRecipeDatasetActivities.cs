using Temporalio.Activities;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>The data half of the recipe-model flow as activities. Names are pinned: running workflows' histories
/// refer to them, so renaming a method must not rename the activity. The workflow schedules them through this
/// interface; the worker registers the implementing class (PantryPilot.Activities.RecipeModel.RecipeDatasetActivities).</summary>
public interface IRecipeDatasetActivities
{
    [Activity(RecipeModelActivityNames.GenerateBatch)]
    Task<GenerateBatchOutput> GenerateBatchAsync(GenerateBatchInput input);

    [Activity(RecipeModelActivityNames.Filter)]
    Task<FilterDatasetOutput> FilterAsync(FilterDatasetInput input);

    [Activity(RecipeModelActivityNames.Split)]
    Task<SplitDatasetOutput> SplitAsync(SplitDatasetInput input);

    [Activity(RecipeModelActivityNames.Snapshot)]
    Task<SnapshotDatasetOutput> SnapshotAsync(SnapshotDatasetInput input);
}

/// <summary>dataset-generate with the inference pool as the teacher: scheduled on the pool's task queue
/// (<see cref="EvaluationNames.InferenceTaskQueue"/>), where the model is loaded (implemented by
/// PantryPilot.Inference.Teaching.InferencePoolTeacherActivities). Same input and output as the other teachers' batch.</summary>
public interface IInferencePoolTeacherActivities
{
    [Activity(RecipeModelActivityNames.GenerateBatchOnPool)]
    Task<GenerateBatchOutput> GenerateBatchAsync(GenerateBatchInput input);
}

/// <summary>Pinned activity and workflow type names of the recipe-model flow.</summary>
public static class RecipeModelActivityNames
{
    public const string Workflow = "RecipeModel";
    public const string GenerateBatch = "RecipeModel.GenerateBatch";
    public const string GenerateBatchOnPool = "RecipeModel.GenerateBatchOnPool";
    public const string Filter = "RecipeModel.Filter";
    public const string Split = "RecipeModel.Split";
    public const string Snapshot = "RecipeModel.SnapshotDataset";
}

/// <summary>Failure types the flow raises; non-retryable.</summary>
public static class RecipeModelFailures
{
    /// <summary>The filter removed every sample: nothing to train on.</summary>
    public const string NothingKept = "RecipeModelNothingKept";

    /// <summary>The input cannot run (bad shares, bad name, unknown teacher configuration).</summary>
    public const string InvalidInput = "RecipeModelInvalidInput";

    /// <summary>A sample file or corpus line that cannot be read at all (names the file, row and field).</summary>
    public const string BadSample = "BadInputException";
}
