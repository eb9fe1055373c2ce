namespace PantryPilot.Contracts.Households;

/// <summary>One thing that happened to a household.</summary>
/// <param name="Kind">An update name (request-recipe, cook, feedback, ...) or "reminder" / "digest".</param>
public sealed record HistoryEntry(DateTime At, string Kind, string RequestId, string Summary);
