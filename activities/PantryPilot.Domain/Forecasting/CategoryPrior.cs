namespace PantryPilot.Domain.Forecasting;

/// <summary>What households' histories of one category say before a pair has its own: how many days a purchase
/// lasts (geometric mean), how much one pair's intervals scatter around its own rate (within, log scale) and how much
/// pairs differ from each other (between, log scale).</summary>
public sealed record CategoryPrior(double CoverDays, double WithinLogSpread, double BetweenLogSpread, int Pairs)
{
    /// <summary>Used when nothing has been pooled: two weeks, with wide spreads.</summary>
    public static CategoryPrior Fallback { get; } = new(14, 0.3, 0.8, 0);
}
