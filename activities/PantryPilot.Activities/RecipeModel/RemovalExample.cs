using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Activities.RecipeModel;

/// <summary>One removed sample as the removal report shows it: where it came from, its tags, the reasons with the
/// ingredient and rule behind each, and the original line.</summary>
public sealed record RemovalExample(
    string Source,
    long Line,
    IReadOnlyList<string> Tags,
    IReadOnlyList<FilterFinding> Findings,
    IReadOnlyList<string> Reasons,
    string Original);
