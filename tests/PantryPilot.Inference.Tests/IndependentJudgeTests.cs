using System.Text.Json;
using PantryPilot.Domain.Ontology;
using PantryPilot.Inference.Evaluation;
using PantryPilot.Inference.Recipes;

namespace PantryPilot.Inference.Tests;

public class IndependentJudgeTests
{
    [Theory]
    [InlineData("chicken stock", "vegetarian", true)]
    [InlineData("vegetable stock", "vegetarian", false)]
    [InlineData("beef tomatoes", "vegetarian", false)]
    [InlineData("Bacon Bits", "vegan", true)]
    [InlineData("coconut milk", "dairy-free", false)]
    [InlineData("whole milk", "dairy-free", true)]
    [InlineData("soy sauce", "gluten-free", true)]
    [InlineData("rice noodles", "gluten-free", false)]
    [InlineData("eggplant", "egg-free", false)]
    [InlineData("prawns", "shellfish-free", true)]
    public void Violations_Constraint_WordListVerdict(string item, string tag, bool flagged) =>
        Assert.Equal(flagged, IndependentJudge.Default.Violations(item, [tag], []).Count > 0);

    [Theory]
    [InlineData("king prawns", "shellfish allergy", true)]
    [InlineData("salmon", "shellfish allergy", false)]
    [InlineData("kiwi slices", "kiwi", true)]
    [InlineData("smoked ham", "pork", true)]
    [InlineData("peanut butter", "allergic to peanuts", true)]
    public void Violations_Allergy_WordListVerdict(string item, string allergy, bool flagged) =>
        Assert.Equal(flagged, IndependentJudge.Default.Violations(item, [], [allergy]).Count > 0);

    [Fact]
    public void Constructor_UnknownSectionReference_Throws() =>
        Assert.Throws<FormatException>(() => new IndependentJudge("[vegan]\n@nothing\n"));

    [Fact]
    public async Task RunAsync_RecipeWithItemOnlyTheWordListsFlag_DisagreementListedAndJsonlWritten()
    {
        // Oyster crackers are wheat crackers (the classifier allows them shellfish-free); the plain word lists see "oyster".
        var recipe = """{"title":"Soup","cuisine":"","time_minutes":10,"ingredients":[{"name":"oyster crackers","amount":1,"unit":"pcs"}],"suggested_additions":[],"steps":["Serve."]}""";
        var testCase = new ComplianceCase("d1", ["shellfish-free"], new([new("oyster crackers", 1, "pcs")], [DietaryConstraint.ShellfishFree], [], null, "x"), []);
        var evaluator = new ComplianceEvaluator(new RecipeGenerator(new ScriptedTextGenerator(recipe), TinyModel.Options()));

        var result = await evaluator.RunAsync(testCase, CancellationToken.None);

        Assert.Equal(RecipeOutcome.Recipe, result.Outcome);
        Assert.Empty(result.Violations);
        Assert.Contains("classifier allows", Assert.Single(result.Disagreements), StringComparison.Ordinal);
        var dir = Path.Combine(Path.GetTempPath(), "pp-judge-" + Guid.NewGuid().ToString("N"));
        try
        {
            var results = new[] { result, ComplianceCaseResult.Invalid("f.jsonl:3", "f.jsonl line 3 field constraints: missing") };
            var summary = ComplianceSummary.From(results);
            Assert.False(summary.Clean);
            Assert.Equal(1, summary.InvalidRequests);
            var files = await ComplianceReportWriter.WriteAsync(dir, results, summary, "t", CancellationToken.None);
            var lines = await File.ReadAllLinesAsync(Assert.Single(files, f => f.EndsWith("results.jsonl", StringComparison.Ordinal)));
            Assert.Equal(2, lines.Length);
            using var first = JsonDocument.Parse(lines[0]);
            Assert.Equal("oyster crackers", first.RootElement.GetProperty("recipe").GetProperty("ingredients")[0].GetProperty("name").GetString());
            Assert.Equal("oyster crackers", first.RootElement.GetProperty("pantry_allowed")[0].GetString());
            Assert.Equal(1, first.RootElement.GetProperty("judges").GetProperty("disagreements").GetArrayLength());
            using var second = JsonDocument.Parse(lines[1]);
            Assert.Equal("invalid_request", second.RootElement.GetProperty("outcome").GetString());
            Assert.Contains("disagree", await File.ReadAllTextAsync(files[2]), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
