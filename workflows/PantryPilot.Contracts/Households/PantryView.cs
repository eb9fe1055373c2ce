namespace PantryPilot.Contracts.Households;

/// <summary>Query <c>pantry</c>: stock by item and what expires within <see cref="ExpiringWithinDays"/> days, as the
/// household's workflow knows it (every change it made, and the database at its start). New optional fields (a
/// forecast per item) may be added; callers must ignore fields they do not know.</summary>
/// <param name="Loaded">False while the workflow still reads the household from the database.</param>
/// <param name="LotsNotLoaded">Open lots beyond <see cref="HouseholdLimits.MaxOpenLots"/> the workflow did not
/// load.</param>
public sealed record PantryView(
    string HouseholdId,
    bool Known,
    bool Loaded,
    IReadOnlyList<PantryItemView> Items,
    IReadOnlyList<PantryLot> ExpiringSoon,
    int ExpiringWithinDays,
    int OpenLots,
    int LotsNotLoaded,
    DateOnly Today);
