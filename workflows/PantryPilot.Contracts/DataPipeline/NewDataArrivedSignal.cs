namespace PantryPilot.Contracts.DataPipeline;

/// <summary>Signal of the sensor workflow: new data landed for a day.</summary>
/// <param name="AsOf">yyyy-MM-dd the data is for; null means the day the signal arrived (sensor's clock). Kept as
/// text so a malformed date reaches the sensor's handler, which drops and counts it instead of failing a task.</param>
/// <param name="Note">Free text for the operator (e.g. who loaded the data).</param>
/// <param name="Force">Run the day again even if a run of it already succeeded.</param>
public sealed record NewDataArrivedSignal(string? AsOf = null, string? Note = null, bool Force = false);
