using Temporalio.Activities;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>The promotion gate as an activity of its own (implemented by
/// PantryPilot.Activities.Training.PromotionActivities), for a workflow that wants the verdict before it asks a person;
/// promote-model applies the same rule regardless.</summary>
public interface IPromotionGateActivities
{
    [Activity(PromotionGateNames.CheckActivity)]
    Task<PromotionGateVerdict> CheckAsync(PromoteInput input);
}
