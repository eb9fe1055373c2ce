using PantryPilot.Contracts.Households;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Households;

/// <summary>How workers and replayers register <see cref="HouseholdWorkflow"/>: with the household rules handed to
/// its constructor (workflow code references only the contracts; the rules live in the domain assembly).</summary>
public static class HouseholdWorkflowDefinition
{
    public static WorkflowDefinition Create(IHouseholdRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return WorkflowDefinition.Create(
            typeof(HouseholdWorkflow),
            null,
            args => new HouseholdWorkflow(rules, (HouseholdInput)args[0]!));
    }
}
