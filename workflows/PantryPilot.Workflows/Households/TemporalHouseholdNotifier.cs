using PantryPilot.Contracts.Households;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Households;

/// <summary>The notifier activity scheduled from workflow code. Only usable inside a workflow.</summary>
public sealed class TemporalHouseholdNotifier : IHouseholdNotifier
{
    public Task<NotificationReceipt> NotifyAsync(HouseholdNotification notification) =>
        Workflow.ExecuteActivityAsync(
            (IHouseholdNotifier n) => n.NotifyAsync(notification),
            HouseholdActivityOptions.Notify);
}
