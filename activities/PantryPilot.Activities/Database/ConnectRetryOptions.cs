namespace PantryPilot.Activities.Database;

/// <summary>How hard <see cref="PantryDatabase"/> tries to open a connection before calling the database unreachable.
/// Retries cover connecting only: a COPY that fails half way is not replayed (the activity retry does that).</summary>
public sealed record ConnectRetryOptions(int MaxRetryAttempts = 3, TimeSpan? BaseDelay = null)
{
    public static ConnectRetryOptions Default { get; } = new();

    /// <summary>No retry of its own: for activities, whose retry policy already retries an unreachable
    /// database.</summary>
    public static ConnectRetryOptions None { get; } = new(MaxRetryAttempts: 0);

    public TimeSpan Delay => BaseDelay ?? TimeSpan.FromMilliseconds(250);
}
