using PantryPilot.Contracts.Payloads;
using PantryPilot.Workflows.Retraining;
using PantryPilot.Workflows.Tests.Households;
using Temporalio.Common;
using Temporalio.Worker;

namespace PantryPilot.Workflows.Tests.Retraining;

/// <summary>Replays a coordinator history against the real workflow through the SDK's <see cref="WorkflowReplayer"/>,
/// recording what the code did (the household observer records any workflow's activities and continue-as-new).</summary>
public static class CoordinatorReplay
{
    public static async Task<HouseholdObserver> ReplayAsync(WorkflowHistory history)
    {
        var observer = new HouseholdObserver();
        var options = new WorkflowReplayerOptions { Interceptors = [observer], DebugMode = true, DataConverter = PayloadJson.DataConverter };
        options.AddWorkflow<RetrainingCoordinatorWorkflow>();
        await new WorkflowReplayer(options).ReplayWorkflowAsync(history);
        return observer;
    }
}
