namespace PantryPilot.Contracts.Households;

/// <summary>Argument of query <c>history</c>: the last <paramref name="Limit"/> entries (at most
/// <see cref="HouseholdLimits.MaxHistoryEntries"/>).</summary>
public sealed record HistoryRequest(int Limit = 20);
