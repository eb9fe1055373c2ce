namespace PantryPilot.Domain.Ontology;

/// <summary>An entry of a profile the guard cannot read, and the nearest words it knows.</summary>
/// <param name="Field">"constraints" or "allergies".</param>
/// <param name="Index">The entry's position in its field.</param>
/// <param name="Value">The entry as written.</param>
/// <param name="Message">What is wrong, naming the word: "'unicorn' is not a food or allergen group the guard knows
/// (nearest allergen groups: ...)".</param>
/// <param name="Suggestions">The nearest constraint names or allergen groups, nearest first.</param>
public sealed record DietProfileError(
    string Field,
    int Index,
    string? Value,
    string Message,
    IReadOnlyList<string> Suggestions)
{
    public override string ToString() => $"{Field}[{Index}]: {Message}";
}
