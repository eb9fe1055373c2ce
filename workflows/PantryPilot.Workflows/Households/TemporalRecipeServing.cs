using PantryPilot.Contracts.Serving;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Households;

/// <summary>The serving activity scheduled on its own queue from workflow code. Only usable inside a
/// workflow.</summary>
public sealed class TemporalRecipeServing : IRecipeServingActivities
{
    public Task<ServeRecipeOutput> ServeAsync(ServeRecipeInput input) =>
        Workflow.ExecuteActivityAsync(
            (IRecipeServingActivities a) => a.ServeAsync(input),
            HouseholdActivityOptions.Serve);
}
