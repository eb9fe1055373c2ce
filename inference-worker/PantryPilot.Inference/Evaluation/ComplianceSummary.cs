namespace PantryPilot.Inference.Evaluation;

public sealed record ComplianceSummary(
    ComplianceSlice Overall,
    IReadOnlyList<ComplianceSlice> PerTag,
    IReadOnlyDictionary<string, int> NoRecipeReasons,
    double LatencyP50Ms,
    double LatencyP95Ms,
    double TokensPerSecond,
    int ViolationsRejected)
{
    /// <summary>Request lines that could not be read (each named in the report).</summary>
    public int InvalidRequests { get; init; }

    /// <summary>(b) Trap items found inside returned recipes.</summary>
    public int TrapsInRecipe { get; init; }

    /// <summary>(c) Items of returned recipes the independent word lists flag.</summary>
    public int IndependentViolations { get; init; }

    /// <summary>Items where the classifier (a) and the word lists (c) disagree.</summary>
    public int Disagreements { get; init; }

    /// <summary>Requests whose pantry was trimmed to fit the model's context.</summary>
    public int TrimmedRequests { get; init; }

    /// <summary>True when nothing failed: no violation by any judge, no trap leaked or used, no unreadable
    /// request.</summary>
    public bool Clean
        => Overall.Violations == 0
            && Overall.TrapsLeaked == 0
            && TrapsInRecipe == 0
            && IndependentViolations == 0
            && InvalidRequests == 0;

    public static ComplianceSummary From(IReadOnlyList<ComplianceCaseResult> results)
    {
        var perTag = results.SelectMany(r => r.Tags.Select(t => (Tag: t, Result: r)))
            .GroupBy(x => x.Tag, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Slice(g.Key, g.Select(x => x.Result).ToList()))
            .ToList();
        var reasons = results.Where(r => r.Outcome != Recipes.RecipeOutcome.Recipe)
            .GroupBy(r => ReasonKind(r.Reason), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var latencies = results.Where(r => !r.InvalidRequest).Select(r => r.LatencyMs).Order().ToList();
        var tokens = results.Sum(r => r.Tokens);
        var seconds = results.Where(r => r.TokensPerSecond > 0).Sum(r => r.Tokens / r.TokensPerSecond);
        return new ComplianceSummary(
            Slice("overall", results),
            perTag,
            reasons,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.95),
            seconds > 0 ? tokens / seconds : 0,
            results.Sum(r => r.ViolationsRejected))
        {
            InvalidRequests = results.Count(r => r.InvalidRequest),
            TrapsInRecipe = results.Sum(r => r.TrapsInRecipe.Count),
            IndependentViolations = results.Sum(r => r.IndependentViolations.Count),
            Disagreements = results.Sum(r => r.Disagreements.Count),
            TrimmedRequests = results.Count(r => r.Trimmed > 0),
        };
    }

    /// <summary>Nearest-rank percentile of a sorted list.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>The reason without request-specific detail, so reasons group: text up to the first ':'.</summary>
    public static string ReasonKind(string? reason) => reason is null ? "unknown" : reason.Split(':', 2)[0].Trim();

    private static ComplianceSlice Slice(string tag, IReadOnlyList<ComplianceCaseResult> results)
    {
        var recipes = results.Where(r => r.Outcome == Recipes.RecipeOutcome.Recipe).ToList();
        var compliant = recipes.Count(r => r.Violations.Count == 0);
        return new ComplianceSlice(
            tag,
            results.Count,
            recipes.Count,
            compliant,
            recipes.Sum(r => r.Violations.Count),
            results.Count(r => r.Outcome == Recipes.RecipeOutcome.NoCompliantRecipe),
            results.Count(r => r.Outcome == Recipes.RecipeOutcome.Error),
            results.Sum(r => r.TrapsLeaked.Count),
            recipes.Count == 0 ? null : (double)compliant / recipes.Count);
    }
}
