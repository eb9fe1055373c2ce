namespace PantryPilot.Domain.RecipeModel;

/// <summary>The filter's decision on one sample. <see cref="Kept"/> is the sample as training will see it (prompt
/// rebuilt by the serving builder); otherwise <see cref="Reasons"/> says why it was removed, first reason first, and
/// <see cref="Findings"/> the same with the ingredient and rule that decided each.</summary>
public sealed record FilterDecision(RecipeSample? Kept, IReadOnlyList<string> Reasons, IReadOnlyList<DietTag> Tags,
    bool PromptRebuilt)
{
    public string? PrimaryReason => Reasons.Count == 0 ? null : Reasons[0].Split(':', 2)[0];

    public IReadOnlyList<FilterFinding> Findings { get; init; } = [];

    public ConversionNotes Notes { get; init; } = ConversionNotes.None;
}
