namespace PantryPilot.Domain.Forecasting;

/// <summary>What a forecast's rate rests on, so a reader can judge how far to trust it.</summary>
public enum ForecastBasis
{
    /// <summary>Intervals between the household's own purchases (quantity bought / days it lasted).</summary>
    PurchaseHistory,

    /// <summary>Recorded consume and cook events, combined with the purchase intervals.</summary>
    UsageEvents,

    /// <summary>One purchase only: how long a purchase of this category lasts across households (cold start).</summary>
    CategoryPrior,
}
