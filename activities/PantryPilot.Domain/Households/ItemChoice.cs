namespace PantryPilot.Domain.Households;

/// <summary>Which pantry item a name refers to: the index of the chosen candidate name, or none with the reason
/// (not in the pantry, or ambiguous between several).</summary>
public sealed record ItemChoice(int? Index, string Reason)
{
    public static ItemChoice None(string reason) => new(null, reason);
}
