namespace PantryPilot.Contracts.Households;

/// <summary>Query <c>history</c>: the latest entries, newest first.</summary>
public sealed record HistoryView(string HouseholdId, IReadOnlyList<HistoryEntry> Entries);
