using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Notifications;
using PantryPilot.Contracts.Serving;
using PantryPilot.Workflows.Versioning;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Households;

/// <summary>The household's effects inside its workflow: Temporal's clock and random (recorded, so replay sees the
/// same), condition waits, a workflow mutex for the stock updates, and activities by their pinned names.</summary>
public sealed class TemporalHouseholdEffects : IHouseholdEffects
{
    private readonly Temporalio.Workflows.Mutex stockLock = new();

    public DateTime UtcNow => Workflow.UtcNow;

    public Random Random => Workflow.Random;

    public IHouseholdActivities Activities { get; } = new TemporalHouseholdActivities();

    public IRecipeServingActivities Serving { get; } = new TemporalRecipeServing();

    public IHouseholdNotifier Notifier { get; } = new TemporalHouseholdNotifier();

    public INotificationActivities Notices { get; } = new TemporalHouseholdNotices();

    public bool Release2 => Workflow.Patched(WorkflowPatches.HouseholdRelease2);

    public bool Release3 => Workflow.Patched(WorkflowPatches.HouseholdRelease3);

    public Task WaitAsync(Func<bool> condition) => Workflow.WaitConditionAsync(condition);

    public async Task<T> ExclusiveAsync<T>(Func<Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await stockLock.WaitOneAsync();
        try
        {
            return await action();
        }
        finally
        {
            stockLock.ReleaseMutex();
        }
    }
}
