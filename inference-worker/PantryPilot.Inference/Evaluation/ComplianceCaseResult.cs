using System.Diagnostics;
using PantryPilot.Domain.Ontology;
using PantryPilot.Inference.Model;
using PantryPilot.Inference.Recipes;

namespace PantryPilot.Inference.Evaluation;

/// <summary>The result of one request, re-checked independently of the pipeline's own gate.</summary>
/// <param name="Violations">(a) Violations the classifier finds when re-validating the returned recipe (must be
/// 0).</param>
/// <param name="TrapsLeaked">(b) Hand-labelled trap items the pre-filter let through to the model.</param>
public sealed record ComplianceCaseResult(
    string Id,
    IReadOnlyList<string> Tags,
    RecipeOutcome Outcome,
    string? Reason,
    IReadOnlyList<string> Violations,
    IReadOnlyList<string> TrapsLeaked,
    int Excluded,
    int Attempts,
    int Tokens,
    double TokensPerSecond,
    double LatencyMs,
    int ViolationsRejected,
    string? Title = null)
{
    /// <summary>(b) Trap items that appear in the returned recipe (ingredients or suggested additions).</summary>
    public IReadOnlyList<string> TrapsInRecipe { get; init; } = [];

    /// <summary>(c) What the independent word lists find in the returned recipe.</summary>
    public IReadOnlyList<string> IndependentViolations { get; init; } = [];

    /// <summary>Items on which the classifier (a) and the word lists (c) disagree, for review.</summary>
    public IReadOnlyList<string> Disagreements { get; init; } = [];

    /// <summary>The request line could not be read; <see cref="Reason"/> names file, line and field.</summary>
    public bool InvalidRequest { get; init; }

    public int Trimmed { get; init; }

    public IReadOnlyList<string> PantryAllowed { get; init; } = [];

    public IReadOnlyList<ExcludedItem> PantryExcluded { get; init; } = [];

    public Recipe? Recipe { get; init; }

    /// <summary>A result for a request line that failed to parse: it counts as an error, nothing ran.</summary>
    public static ComplianceCaseResult Invalid(string id, string reason) =>
        new(id, ["invalid-request"], RecipeOutcome.Error, reason, [], [], 0, 0, 0, 0, 0, 0) { InvalidRequest = true };
}
