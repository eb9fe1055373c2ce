using Temporalio.Activities;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>The promote stage (implemented by PantryPilot.Activities.Training.PromotionActivities).</summary>
public interface IPromotionActivities
{
    [Activity(PromotionNames.PromoteActivity)]
    Task<PromoteOutput> PromoteAsync(PromoteInput input);
}
