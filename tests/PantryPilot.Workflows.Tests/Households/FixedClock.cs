namespace PantryPilot.Workflows.Tests.Households;

/// <summary>Test double for the store's clock: always <paramref name="at"/>, so the real store's "today" is the
/// history's first day.</summary>
public sealed class FixedClock(DateTime at) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(at, TimeSpan.Zero);
}
