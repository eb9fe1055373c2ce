namespace PantryPilot.Activities.Tests.Notifications;

/// <summary>The system clock moved by <see cref="Offset"/>: "the lease has run out" without waiting for it. Timers stay
/// real, so Polly's backoff and timeouts still run in real time.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
