using PantryPilot.Contracts.Activities;
namespace PantryPilot.Activities.Heartbeats;

/// <summary>Beats on a timer while a step runs that cannot report progress itself (a converter process, a split or a
/// snapshot of a large file): without it, a heartbeat timeout of a minute or two declares the worker lost, and the
/// retry runs beside the attempt still working. Dispose to stop. Outside an activity (the in-process run) it does
/// nothing.</summary>
public sealed class PeriodicHeartbeat : IAsyncDisposable
{
    /// <summary>Well inside the shortest heartbeat timeout PantryPilot gives an activity (1 minute).</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(10);

    private readonly Timer? timer;

    /// <param name="beat">Sends one heartbeat (with the latest progress as its details).</param>
    public PeriodicHeartbeat(Action beat, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(beat);
        var every = interval ?? DefaultInterval;
        timer = new Timer(_ => beat(), null, every, every);
    }

    private PeriodicHeartbeat()
    {
    }

    /// <summary>Heartbeats of the current activity with <paramref name="details"/> (read at each beat); a no-op
    /// outside an activity.</summary>
    public static PeriodicHeartbeat ForCurrentActivity(Func<object?> details, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (CurrentActivity.Context is not { } context)
        {
            return new PeriodicHeartbeat();
        }

        return new PeriodicHeartbeat(() => context.Heartbeat(details()), interval);
    }

    public ValueTask DisposeAsync() => timer?.DisposeAsync() ?? ValueTask.CompletedTask;
}
