using PantryPilot.Contracts.Notifications;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Households;

/// <summary>The notifier of the <c>notifications</c> queue (send-notification) scheduled from workflow code. A notice
/// that cannot be delivered is an outcome, not a failure. Only usable inside a workflow.</summary>
public sealed class TemporalHouseholdNotices : INotificationActivities
{
    public Task<SendNotificationOutput> SendAsync(SendNotificationInput input) =>
        Workflow.ExecuteActivityAsync(
            (INotificationActivities a) => a.SendAsync(input), HouseholdActivityOptions.Notices);
}
