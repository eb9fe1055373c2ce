using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Notifications;
using PantryPilot.Contracts.Serving;
using PantryPilot.Workflows.Households;

namespace PantryPilot.Cli.Households;

/// <summary>The household's effects in this process: the system clock, the activity classes called directly, and a
/// lock for the stock updates. Nothing waits here: a household is loaded before any handler runs.</summary>
public sealed class InProcessHouseholdEffects(
    IHouseholdActivities activities,
    Func<IRecipeServingActivities> serving,
    IHouseholdNotifier notifier,
    TimeProvider? time = null,
    INotificationActivities? notices = null)
    : IHouseholdEffects, IDisposable
{
    private readonly SemaphoreSlim stockLock = new(1, 1);
    private readonly Lazy<IRecipeServingActivities> servingOnFirstUse = new(serving);

    public DateTime UtcNow => (time ?? TimeProvider.System).GetUtcNow().UtcDateTime;

    public Random Random { get; } = Random.Shared;

    public IHouseholdActivities Activities => activities;

    /// <summary>The model is loaded on the first recipe request only: a pantry or a cook never pays for it.</summary>
    public IRecipeServingActivities Serving => servingOnFirstUse.Value;

    public IHouseholdNotifier Notifier => notifier;

    public INotificationActivities Notices =>
        notices ?? throw new InvalidOperationException("no notifier for send-notification was given to this host");

    /// <summary>In process the latest release always applies (docs/temporal.md).</summary>
    public bool Release2 => true;

    /// <summary>True, though nothing here refreshes the kept list: no workflow runs between commands.</summary>
    public bool Release3 => true;

    public Task WaitAsync(Func<bool> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return condition()
            ? Task.CompletedTask
            : throw new InvalidOperationException("in-process household handlers never wait: load the household first");
    }

    public async Task<T> ExclusiveAsync<T>(Func<Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await stockLock.WaitAsync();
        try
        {
            return await action();
        }
        finally
        {
            stockLock.Release();
        }
    }

    public void Dispose() => stockLock.Dispose();
}
