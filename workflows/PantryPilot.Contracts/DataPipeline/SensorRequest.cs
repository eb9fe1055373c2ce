namespace PantryPilot.Contracts.DataPipeline;

/// <summary>A day the sensor has been asked to run, dated when the signal arrived.</summary>
public sealed record SensorRequest(DateOnly AsOf, bool Force = false);
