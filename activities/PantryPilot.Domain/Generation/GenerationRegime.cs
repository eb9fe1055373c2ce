namespace PantryPilot.Domain.Generation;

/// <summary>How a household's purchases come about. The forecaster is tuned on <see cref="Cadence"/> and
/// <see cref="Stockpiler"/> only; <see cref="WeeklyShopper"/> is the held-out regime of the backtest
/// (docs/forecasting.md).</summary>
public enum GenerationRegime
{
    /// <summary>Each item is bought again the day the last purchase runs out: quantity / daily usage, times a uniform
    /// 0.85-1.15 jitter; the pack count moves by one now and then.</summary>
    Cadence,

    /// <summary>Day-by-day consumption with noise, more at weekends, a rate change and holidays; shopping only on the
    /// household's one or two weekdays, buying ahead when stock will not last to the next trip; occasional bulk buys;
    /// some purchases never recorded. Parameters: <see cref="WeeklyShopperRegime"/>.</summary>
    WeeklyShopper,

    /// <summary>Buys ahead and carries stock over: irregular big shops restocking below a household threshold,
    /// stockpiles, corner-shop top-ups after running out, lognormal daily use, some rates drifting. A tuning regime
    /// (added for the depletion interval). Parameters: <see cref="StockpilerRegime"/>.</summary>
    Stockpiler,
}
