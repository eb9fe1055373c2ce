using Temporalio.Activities;

namespace PantryPilot.Contracts.Households;

/// <summary>The one way a household is told something (expiry reminders, the weekly digest). Implemented by a file
/// sink here (PantryPilot.Activities.Households.FileHouseholdNotifier); webhook or chat channels implement the same
/// activity name on their own task queue.</summary>
public interface IHouseholdNotifier
{
    [Activity(HouseholdNames.NotifyActivity)]
    Task<NotificationReceipt> NotifyAsync(HouseholdNotification notification);
}
