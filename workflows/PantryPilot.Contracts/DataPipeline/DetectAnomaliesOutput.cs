namespace PantryPilot.Contracts.DataPipeline;

/// <param name="ForecastPath">processed/forecast.parquet: one forecast per household item (null from workers older than
/// the forecaster; optional so their recorded results still deserialize).</param>
/// <param name="Forecasts">Rows of <paramref name="ForecastPath"/>.</param>
public sealed record DetectAnomaliesOutput(
    string AlertsCsvPath,
    string AlertsParquetPath,
    AlertCounts Counts,
    long InventoryRows,
    string? ForecastPath = null,
    long Forecasts = 0);
