using Temporalio.Activities;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>The data half of the recipe-model flow as activities. Names are pinned: running workflows' histories
/// refer to them, so renaming a method must not rename the activity. The workflow schedules them through this
/// interface; the worker registers the implementing class
/// (PantryPilot.Activities.RecipeModel.RecipeDatasetActivities).</summary>
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
