using Microsoft.Extensions.Logging;
using Temporalio.Activities;

namespace PantryPilot.Contracts.Activities;

/// <summary>The one helper for code that runs both as a Temporal activity and in-process (the CLI's runner, tests):
/// the activity's context, cancellation, logger and heartbeat when there is one, and harmless stand-ins when there
/// is not (no cancellation, no logger, heartbeats dropped). Replaces
/// <c>ActivityExecutionContext.HasCurrent ? … : …</c> at every call site; the activity library's
/// <c>PeriodicHeartbeat</c> beats on a timer through it. It lives beside the contracts so that the activity library
/// and the inference pool share this one.</summary>
public static class CurrentActivity
{
    /// <summary>The running activity's context, or null outside an activity.</summary>
    public static ActivityExecutionContext? Context =>
        ActivityExecutionContext.HasCurrent ? ActivityExecutionContext.Current : null;

    /// <summary>The activity's cancellation (worker shutdown, workflow cancel, heartbeat timeout); none outside
    /// one.</summary>
    public static CancellationToken CancellationToken => Context?.CancellationToken ?? CancellationToken.None;

    /// <summary>The activity's logger (workflow id, activity type and attempt in its scope), or null outside
    /// one.</summary>
    public static ILogger? Logger => Context?.Logger;

    /// <summary>Heartbeats with <paramref name="details"/> (the latest progress); nothing outside an
    /// activity.</summary>
    public static void Heartbeat(params object?[] details) => Context?.Heartbeat(details);
}
