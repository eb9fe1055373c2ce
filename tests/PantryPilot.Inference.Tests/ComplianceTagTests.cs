using PantryPilot.Inference.Evaluation;
using PantryPilot.Inference.Model;

namespace PantryPilot.Inference.Tests;

/// <summary>The compliance table counts each tag once, in one spelling: a request that lists its sesame allergy as both
/// "allergy:sesame" and "allergy-sesame" (as the shipped file's generator once wrote it) is one case under "allergy:sesame".</summary>
public class ComplianceTagTests
{
    [Fact]
    public void Parse_SameTagInTwoSpellingsAndTwice_OneTagInTheRequestsSpelling()
    {
        const string line = """{"id":"c1","tags":["pescatarian","allergy:sesame","allergy-sesame","Pescatarian","scenario-x"],"pantry":[{"name":"rice","quantity":1,"unit":"kg"}],"constraints":["pescatarian"],"allergies":["sesame"]}""";

        var parsed = ComplianceRequestFile.Parse(line, "requests.jsonl line 1");

        Assert.Equal(["pescatarian", "allergy:sesame", "scenario-x"], parsed.Tags);
    }

    [Fact]
    public async Task ShippedRequests_PerTagTable_HasNoTagTwiceInAnySpelling()
    {
        var file = Path.Combine(ModelPaths.FindRepositoryRoot(AppContext.BaseDirectory)!, "inference-worker", "requests", "compliance-requests.jsonl");
        var results = new List<ComplianceCaseResult>();
        await foreach (var c in ComplianceRequestFile.ReadAsync(file))
        {
            Assert.Equal(c.Tags.Count, c.Tags.Distinct(StringComparer.Ordinal).Count());
            results.Add(new ComplianceCaseResult(c.Id, c.Tags, Recipes.RecipeOutcome.NoCompliantRecipe, "not run", [], [], 0, 0, 0, 0, 0, 0));
        }

        var tags = ComplianceSummary.From(results).PerTag.Select(t => t.Tag).ToList();
        var folded = tags.GroupBy(t => new string(t.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray())).Where(g => g.Count() > 1).ToList();
        Assert.True(folded.Count == 0, "one tag in several spellings: " + string.Join("; ", folded.Select(g => string.Join(" / ", g))));
        Assert.Contains("allergy:sesame", tags);
        Assert.DoesNotContain("allergy-sesame", tags);
        // 248 requests in 23 scenarios, 31 distinct tags once each is spelled one way (counted over the file with a
        // Python one-liner, not with this reader).
        Assert.Equal(31, tags.Count);
    }
}
