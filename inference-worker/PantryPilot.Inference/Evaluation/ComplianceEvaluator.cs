using System.Diagnostics;
using PantryPilot.Domain.Ontology;
using PantryPilot.Inference.Recipes;

namespace PantryPilot.Inference.Evaluation;

/// <summary>The result of one request, re-checked independently of the pipeline's own gate.</summary>
/// <param name="Violations">Violations found by re-validating the returned recipe (must always be 0).</param>
/// <param name="TrapsLeaked">Hand-labelled trap items the pre-filter let through to the model.</param>
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
    string? Title = null);

/// <summary>Runs requests through the real recipe pipeline and re-validates every recipe it returns.</summary>
public sealed class ComplianceEvaluator(RecipeGenerator generator, IngredientOntology? ontology = null)
{
    private readonly IngredientOntology ontology = ontology ?? IngredientOntology.Default;

    public async Task<ComplianceCaseResult> RunAsync(ComplianceCase testCase, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var output = await generator.GenerateAsync(testCase.Input, null, cancellationToken);
        var latency = stopwatch.Elapsed.TotalMilliseconds;

        var policy = new DietaryPolicy(ontology, testCase.Input.Constraints, testCase.Input.Allergies);
        var allowed = PantryPreFilter.Apply(testCase.Input.Pantry, policy).Allowed;
        var violations = output.Recipe is null ? [] : new RecipeValidator(policy, allowed).Validate(output.Recipe).Violations.ToList();
        var excludedNames = output.Excluded.Select(e => e.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var leaked = testCase.Traps.Where(t => !excludedNames.Contains(t)).ToList();
        return new ComplianceCaseResult(
            testCase.Id,
            testCase.Tags,
            output.Outcome,
            output.Reason ?? output.Error?.Message,
            violations,
            leaked,
            output.Excluded.Count,
            output.Diagnostics.Attempts,
            output.Diagnostics.TokensGenerated,
            output.Diagnostics.TokensPerSecond,
            latency,
            output.Diagnostics.ViolationsRejected.Count,
            output.Recipe?.Title);
    }
}
