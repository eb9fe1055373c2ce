namespace PantryPilot.Domain.Households;

/// <summary>Which pantry item a name refers to: the indexes of the chosen candidate names (the same item may be
/// written in several ways: "onion", "Onions"), or none with the reason (not in the pantry, or ambiguous).</summary>
public sealed record ItemChoice(IReadOnlyList<int> Indexes, string Reason)
{
    public int? Index => Indexes.Count == 0 ? null : Indexes[0];

    public static ItemChoice None(string reason) => new([], reason);
}
