using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Shopping;

/// <summary>What a planned recipe will take from the pantry: the stock it reserves.</summary>
public sealed record PlannedNeed(string ItemId, double Quantity, CanonicalUnit Unit, DateOnly Date, string Recipe);
