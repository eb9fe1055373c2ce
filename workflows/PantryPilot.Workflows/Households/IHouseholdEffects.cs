using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Notifications;
using PantryPilot.Contracts.Serving;

namespace PantryPilot.Workflows.Households;

/// <summary>What the household's handlers need from where they run. In the workflow: Temporal's clock, random,
/// condition waits and mutex, and activities scheduled by their pinned names (<see cref="TemporalHouseholdEffects"/>).
/// In process (`pantrypilot household ...` without a server): the system clock and the activity classes called
/// directly. The handlers are written once, against this interface.</summary>
public interface IHouseholdEffects
{
    DateTime UtcNow { get; }

    /// <summary>Deterministic in a workflow (Workflow.Random).</summary>
    Random Random { get; }

    IHouseholdActivities Activities { get; }

    IRecipeServingActivities Serving { get; }

    IHouseholdNotifier Notifier { get; }

    /// <summary>The notifier on the <c>notifications</c> queue (send-notification): the weekly digest of release
    /// 2.</summary>
    INotificationActivities Notices { get; }

    /// <summary>Whether release 2 of the household (plans released by cook, the weekly digest with the shopping list
    /// through send-notification) applies here. In a workflow it is <c>Workflow.Patched</c>, asked where the behaviour
    /// changes (docs/households.md, Versions); in process always true.</summary>
    bool Release2 { get; }

    /// <summary>Whether release 3 (the workflow computes the shopping list its query answers with after changes and
    /// at a run's start) applies here: <c>Workflow.Patched</c>, asked when a run first wants a refresh; in process
    /// always true.</summary>
    bool Release3 { get; }

    /// <summary>Waits until <paramref name="condition"/> holds (Workflow.WaitConditionAsync).</summary>
    Task WaitAsync(Func<bool> condition);

    /// <summary>Runs <paramref name="action"/> while no other stock-changing handler runs.</summary>
    Task<T> ExclusiveAsync<T>(Func<Task<T>> action);
}
