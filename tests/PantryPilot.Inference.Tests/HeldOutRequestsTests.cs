using PantryPilot.Domain.Ontology;
using PantryPilot.Inference.Evaluation;
using PantryPilot.Inference.Model;
using PantryPilot.Inference.Recipes;

namespace PantryPilot.Inference.Tests;

/// <summary>The held-out adversarial requests (inference-worker/requests/adversarial-requests.jsonl): traps labelled by
/// hand in the generator script, never from the ontology. No trap may reach the model.</summary>
public class HeldOutRequestsTests
{
    private static string RequestsDir() =>
        Path.Combine(ModelPaths.FindRepositoryRoot(AppContext.BaseDirectory)!, "inference-worker", "requests");

    private static async Task<List<ComplianceRequestLine>> ReadAsync(string file)
    {
        var lines = new List<ComplianceRequestLine>();
        await foreach (var line in ComplianceRequestFile.ReadLinesAsync(Path.Combine(RequestsDir(), file)))
        {
            lines.Add(line);
        }

        return lines;
    }

    [Fact]
    public async Task PreFilter_HeldOutAdversarialRequests_NoTrapReachesTheModel()
    {
        var lines = await ReadAsync("adversarial-requests.jsonl");
        Assert.All(lines, l => Assert.True(l.Case is not null, l.Error));
        Assert.True(lines.Count(l => l.Case!.Input.Pantry.Count >= 100) >= 5, "fewer than five large pantries");
        var leaks = new List<string>();
        var allowedTotal = 0;
        foreach (var c in lines.Select(l => l.Case!))
        {
            var policy = new DietaryPolicy(IngredientOntology.Default, c.Input.Constraints, c.Input.Allergies);
            var allowed = PantryPreFilter.Apply(c.Input.Pantry, policy).Allowed.Select(i => i.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            allowedTotal += allowed.Count;
            leaks.AddRange(c.Traps.Where(allowed.Contains).Select(t => $"{c.Id}: {t}"));
        }

        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
        Assert.True(allowedTotal > 200, $"only {allowedTotal} items allowed: the filter blocks everything");
    }

    [Fact]
    public async Task ReadLines_MalformedRequests_EachBadLineNamedGoodLineRead()
    {
        var lines = await ReadAsync("malformed-requests.jsonl");
        Assert.Equal(5, lines.Count);
        Assert.Equal(["m05-ok"], lines.Where(l => l.Case is not null).Select(l => l.Case!.Id));
        Assert.Contains("line 1 field constraints: must be an array of strings, got String", lines[0].Error, StringComparison.Ordinal);
        Assert.Contains("line 2 field constraints: must be an array of strings, got Null", lines[1].Error, StringComparison.Ordinal);
        Assert.Contains("line 3 field constraint: not a request field", lines[2].Error, StringComparison.Ordinal);
        Assert.Contains("line 4 field constraints[0]: 'atkins' is not a dietary constraint", lines[3].Error, StringComparison.Ordinal);
    }
}
