namespace PantryPilot.Domain.RecipeModel;

/// <summary>A line of removed.jsonl: why, where it came from, and the original line verbatim.</summary>
public sealed record RemovedSample(
    string Source,
    long Line,
    string? Id,
    string Reason,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Tags,
    string Original)
{
    /// <summary>Each reason with the ingredient and the rule that decided it.</summary>
    public IReadOnlyList<FilterFinding>? Findings { get; init; }
}
