using PantryPilot.Activities.Households;
using PantryPilot.Contracts.Payloads;
using PantryPilot.Workflows.Households;
using Temporalio.Common;
using Temporalio.Worker;
using Temporalio.Worker.Interceptors;

namespace PantryPilot.Workflows.Tests.Households;

/// <summary>Replays a household history against the real workflow, registered as workers register it (with the real
/// household rules handed to its constructor), through the SDK's <see cref="WorkflowReplayer"/>.</summary>
public static class HouseholdReplay
{
    public static Task<HouseholdObserver> ReplayAsync(WorkflowHistory history, params IWorkerInterceptor[] more) =>
        ReplayAsync(history, new HouseholdObserver(), more);

    /// <summary>Replays into <paramref name="observer"/>, which keeps what the code did up to a failure.</summary>
    public static async Task<HouseholdObserver> ReplayAsync(WorkflowHistory history, HouseholdObserver observer, params IWorkerInterceptor[] more)
    {
        var options = new WorkflowReplayerOptions { Interceptors = [observer, .. more], DebugMode = true, DataConverter = PayloadJson.DataConverter };
        options.AddWorkflow(HouseholdWorkflowDefinition.Create(HouseholdRules.Default));
        await new WorkflowReplayer(options).ReplayWorkflowAsync(history);
        return observer;
    }
}
