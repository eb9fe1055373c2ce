namespace PantryPilot.Domain.Ontology;

/// <summary>A word of a profile read as another, unambiguously nearest one: "allergies[0]: 'penuts' read as
/// 'peanut'".</summary>
/// <param name="Field">"constraints" or "allergies".</param>
/// <param name="Index">The entry's position in its field.</param>
/// <param name="Written">The word as written (folded: lower case, plural folded).</param>
/// <param name="ReadAs">The word it was read as.</param>
public sealed record DietProfileNote(string Field, int Index, string Written, string ReadAs)
{
    public override string ToString() => $"{Field}[{Index}]: '{Written}' read as '{ReadAs}'";
}
