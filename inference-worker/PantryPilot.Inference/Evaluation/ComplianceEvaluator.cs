using System.Diagnostics;
using PantryPilot.Domain.Ontology;
using PantryPilot.Inference.Model;
using PantryPilot.Inference.Recipes;

namespace PantryPilot.Inference.Evaluation;

/// <summary>Runs requests through the real recipe pipeline and judges every recipe it returns three ways: (a) the
/// classifier, (b) the request's own hand-labelled traps, (c) <see cref="IndependentJudge"/>.</summary>
public sealed class ComplianceEvaluator(
    RecipeGenerator generator,
    IngredientOntology? ontology = null,
    IndependentJudge? judge = null)
{
    private readonly IngredientOntology ontology = ontology ?? IngredientOntology.Default;
    private readonly IndependentJudge judge = judge ?? IndependentJudge.Default;

    /// <param name="progress">Told every few generated tokens (an activity heartbeats with it).</param>
    public async Task<ComplianceCaseResult> RunAsync(
        ComplianceCase testCase, CancellationToken cancellationToken, Action<GenerationProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(testCase);
        var stopwatch = Stopwatch.StartNew();
        var output = await generator.GenerateAsync(testCase.Input, progress, cancellationToken);
        var latency = stopwatch.Elapsed.TotalMilliseconds;

        var policy = new DietaryPolicy(ontology, testCase.Input.Constraints, testCase.Input.Allergies);
        var allowed = PantryPreFilter.Apply(testCase.Input.Pantry, policy).Allowed;
        var violations = output.Recipe is null
            ? []
            : new RecipeValidator(policy, allowed).Validate(output.Recipe).Violations.ToList();
        var excludedNames = output.Excluded.Select(e => e.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var leaked = output.Outcome == RecipeOutcome.Error && output.Error?.Code == "invalid_request"
            ? []
            : testCase.Traps.Where(t => !excludedNames.Contains(t)).ToList();

        var items = output.Recipe is null
            ? []
            : output.Recipe.Ingredients.Select(i => i.Name).Concat(output.Recipe.SuggestedAdditions).ToList();
        var trapsInRecipe = items
            .Where(i => testCase.Traps.Any(t => i.Contains(t, StringComparison.OrdinalIgnoreCase)
                || t.Contains(i, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var tags = testCase.Input.Constraints.Select(c => c.Tag()).ToList();
        var independent = new List<string>();
        var disagreements = new List<string>();
        foreach (var item in items)
        {
            var byWords = judge.Violations(item, tags, testCase.Input.Allergies);
            var verdict = policy.Check(item);
            independent.AddRange(byWords.Select(v => $"'{item}' {v}"));
            if (verdict.Permitted == (byWords.Count == 0))
            {
                continue;
            }

            disagreements.Add(verdict.Permitted
                ? $"'{item}': classifier allows, word lists flag {string.Join("; ", byWords)}"
                : $"'{item}': classifier excludes ({verdict.Reason}), word lists see nothing");
        }

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
            output.Recipe?.Title)
        {
            TrapsInRecipe = trapsInRecipe,
            IndependentViolations = independent,
            Disagreements = disagreements,
            Trimmed = output.Trimmed,
            PantryAllowed = allowed.Select(i => i.Name).ToList(),
            PantryExcluded = output.Excluded,
            Recipe = output.Recipe,
        };
    }
}
