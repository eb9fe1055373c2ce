using Temporalio.Activities;

namespace PantryPilot.Contracts.Serving;

/// <summary>The guarded recipe generation for one household request, on <see cref="ServingNames.TaskQueue"/>
/// (implemented by PantryPilot.Inference.Serving.RecipeServingActivities).</summary>
public interface IRecipeServingActivities
{
    [Activity(ServingNames.ServeActivity)]
    Task<ServeRecipeOutput> ServeAsync(ServeRecipeInput input);
}
