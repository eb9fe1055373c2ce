namespace PantryPilot.Domain.Forecasting;

/// <summary>A forecast date with its 80 % interval: the outcome falls in [<see cref="Low"/>, <see cref="High"/>]
/// (both days included) four times in five, as measured by the backtest.</summary>
public readonly record struct DateInterval(DateOnly Low, DateOnly Point, DateOnly High)
{
    public bool Contains(DateOnly day) => day >= Low && day <= High;

    /// <summary>The same interval, no earlier than <paramref name="earliest"/> (what is known not to have happened
    /// yet).</summary>
    public DateInterval NotBefore(DateOnly earliest) =>
        new(Max(Low, earliest), Max(Point, earliest), Max(High, earliest));

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
