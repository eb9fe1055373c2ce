namespace PantryPilot.Benchmarks.Forecasting;

/// <summary>What is scored: the forecaster, the three naive baselines, and (generated data only) a forecaster that
/// knew the true rate, as a floor.</summary>
internal enum BacktestMethod
{
    Forecaster,
    LastInterval,
    MeanInterval,
    WeeklySeasonal,
    TrueRate,
}
