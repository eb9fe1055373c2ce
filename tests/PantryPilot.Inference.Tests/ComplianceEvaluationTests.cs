using PantryPilot.Domain.Ontology;
using PantryPilot.Inference.Evaluation;
using PantryPilot.Inference.Model;
using PantryPilot.Inference.Recipes;

namespace PantryPilot.Inference.Tests;

public class ComplianceEvaluationTests
{
    private static string RequestsFile() =>
        Path.Combine(ModelPaths.FindRepositoryRoot(AppContext.BaseDirectory)!, "inference-worker", "requests", "compliance-requests.jsonl");

    private static async Task<List<ComplianceCase>> ShippedCasesAsync()
    {
        var cases = new List<ComplianceCase>();
        await foreach (var c in ComplianceRequestFile.ReadAsync(RequestsFile()))
        {
            cases.Add(c);
        }

        return cases;
    }

    [Fact]
    public async Task ReadAsync_ShippedRequests_AtLeast200CoveringEveryConstraint()
    {
        var cases = await ShippedCasesAsync();
        Assert.True(cases.Count >= 200, $"{cases.Count} requests");
        Assert.Equal(cases.Count, cases.Select(c => c.Id).Distinct().Count());
        foreach (var constraint in Enum.GetValues<DietaryConstraint>())
        {
            Assert.Contains(cases, c => c.Input.Constraints.Contains(constraint));
        }

        Assert.Contains(cases, c => c.Input.Allergies.Contains("sesame"));
        Assert.Contains(cases, c => c.Input.Constraints.Count >= 2);
    }

    [Fact]
    public async Task PreFilter_ShippedRequests_EveryHandLabelledTrapExcluded()
    {
        // The traps were labelled by hand in the generator script, independently of the ontology.
        var leaks = new List<string>();
        foreach (var c in await ShippedCasesAsync())
        {
            var policy = new DietaryPolicy(IngredientOntology.Default, c.Input.Constraints, c.Input.Allergies);
            var allowed = PantryPreFilter.Apply(c.Input.Pantry, policy).Allowed.Select(i => i.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            leaks.AddRange(c.Traps.Where(allowed.Contains).Select(t => $"{c.Id}: {t}"));
        }

        Assert.Empty(leaks);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("{\"pantry\":[]}", "field id")]
    [InlineData("{\"id\":\"x\",\"constraints\":[\"atkins\"],\"allergies\":[],\"pantry\":[]}", "'atkins' is not a dietary constraint")]
    [InlineData("{\"id\":\"x\",\"constraints\":[],\"allergies\":[],\"pantry\":[{\"quantity\":1}]}", "pantry[0] field name")]
    public void Parse_BadLine_NamesLineAndField(string line, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => ComplianceRequestFile.Parse(line, "requests.jsonl line 7"));
        Assert.Contains("requests.jsonl line 7", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CraftedOutputs_SummaryCountsRecipesNoRecipesAndTags()
    {
        var good = """{"title":"Rice","cuisine":"","time_minutes":10,"ingredients":[{"name":"rice","amount":1,"unit":"kg"}],"suggested_additions":[],"steps":["Boil."]}""";
        var cases = new[]
        {
            new ComplianceCase("a", ["vegan"], new([new("rice", 1, "kg"), new("honey", 1, "jar")], [DietaryConstraint.Vegan], [], null, "x"), ["honey"]),
            new ComplianceCase("b", ["vegan"], new([new("honey", 1, "jar")], [DietaryConstraint.Vegan], [], null, "x"), ["honey"]),
        };
        var evaluator = new ComplianceEvaluator(new RecipeGenerator(new ScriptedTextGenerator(good), TinyModel.Options()));
        var results = new List<ComplianceCaseResult>();
        foreach (var c in cases)
        {
            results.Add(await evaluator.RunAsync(c, CancellationToken.None));
        }

        var summary = ComplianceSummary.From(results);
        Assert.Equal(1, summary.Overall.Recipes);
        Assert.Equal(1, summary.Overall.NoRecipe);
        Assert.Equal(0, summary.Overall.Violations);
        Assert.Equal(0, summary.Overall.TrapsLeaked);
        Assert.Equal(1.0, summary.Overall.Compliance);
        Assert.Equal("vegan", Assert.Single(summary.PerTag).Tag);
        Assert.Equal(1, summary.NoRecipeReasons["no pantry item satisfies the constraints (1 excluded)"]);

        var dir = Path.Combine(Path.GetTempPath(), "pp-compliance-" + Guid.NewGuid());
        try
        {
            var files = await ComplianceReportWriter.WriteAsync(dir, results, summary, "test", CancellationToken.None);
            var csv = await File.ReadAllLinesAsync(files[0]);
            Assert.Equal(3, csv.Length);
            Assert.StartsWith("a,vegan,Recipe,0,", csv[1], StringComparison.Ordinal);
            Assert.Contains("1 recipes returned, 0 violations", await File.ReadAllTextAsync(files[2]), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 0.5, 5)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 0.95, 10)]
    [InlineData(new double[] { 7 }, 0.95, 7)]
    public void Percentile_SortedValues_NearestRank(double[] values, double p, double expected) =>
        Assert.Equal(expected, ComplianceSummary.Percentile(values, p));
}
