using PantryPilot.Domain.Ontology;
using PantryPilot.Inference.Evaluation;
using PantryPilot.Inference.Recipes;

namespace PantryPilot.Inference.Tests;

/// <summary>Every malformed request shape is an error naming where and what; never a silent "no constraint".</summary>
public class RequestParsingTests
{
    private const string Ok = "\"id\":\"r1\",\"pantry\":[{\"name\":\"rice\",\"quantity\":1,\"unit\":\"kg\"}]";

    [Theory]
    [InlineData("{" + Ok + ",\"constraints\":\"vegan\",\"allergies\":[]}", "field constraints: must be an array of strings, got String 'vegan'")]
    [InlineData("{" + Ok + ",\"constraints\":null,\"allergies\":[]}", "field constraints: must be an array of strings, got Null")]
    [InlineData("{" + Ok + ",\"allergies\":[]}", "field constraints: missing")]
    [InlineData("{" + Ok + ",\"constraint\":[\"vegan\"],\"allergies\":[]}", "field constraint: not a request field")]
    [InlineData("{" + Ok + ",\"constraints\":[\"vegan\"],\"allergies\":[],\"alergies\":[\"peanut\"]}", "field alergies: not a request field")]
    [InlineData("{" + Ok + ",\"constraints\":[1],\"allergies\":[]}", "field constraints[0]: must be a non-empty string")]
    [InlineData("{" + Ok + ",\"constraints\":[\"\"],\"allergies\":[]}", "field constraints[0]: must be a non-empty string")]
    [InlineData("{" + Ok + ",\"constraints\":[\"vegan\",\"atkins\"],\"allergies\":[]}", "field constraints[1]: 'atkins' is not a dietary constraint")]
    [InlineData("{" + Ok + ",\"constraints\":[\"vegetarain\"],\"allergies\":[]}", "'vegetarain' is not a dietary constraint")]
    [InlineData("{" + Ok + ",\"constraints\":[],\"allergies\":\"peanut\"}", "field allergies: must be an array of strings, got String 'peanut'")]
    [InlineData("{" + Ok + ",\"constraints\":[]}", "field allergies: missing")]
    [InlineData("{" + Ok + ",\"constraints\":[],\"allergies\":[null]}", "field allergies[0]: must be a non-empty string")]
    [InlineData("{" + Ok + ",\"constraints\":[],\"allergies\":[\"severe allergy\"]}", "names no food or allergen group")]
    [InlineData("{\"id\":\"r1\",\"constraints\":[],\"allergies\":[]}", "field pantry: must be an array")]
    [InlineData("{\"id\":\"r1\",\"pantry\":\"rice\",\"constraints\":[],\"allergies\":[]}", "field pantry: must be an array")]
    [InlineData("{\"id\":\"r1\",\"pantry\":[\"rice\"],\"constraints\":[],\"allergies\":[]}", "pantry[0]: must be an object")]
    [InlineData("{\"id\":\"r1\",\"pantry\":[{\"nme\":\"rice\"}],\"constraints\":[],\"allergies\":[]}", "pantry[0] field nme: not a pantry item field")]
    [InlineData("{\"id\":\"r1\",\"pantry\":[{\"name\":\"rice\",\"quantity\":\"lots\"}],\"constraints\":[],\"allergies\":[]}", "pantry[0] field quantity: must be a number")]
    [InlineData("{\"id\":\"r1\",\"pantry\":[{\"name\":\"rice\",\"expires\":\"soon\"}],\"constraints\":[],\"allergies\":[]}", "pantry[0] field expires: 'soon' is not a date")]
    [InlineData("{\"id\":\"r1\",\"pantry\":[{\"name\":42}],\"constraints\":[],\"allergies\":[]}", "pantry[0] field name")]
    [InlineData("{\"id\":7," + "\"pantry\":[],\"constraints\":[],\"allergies\":[]}", "field id: missing, empty or not a string")]
    [InlineData("{" + Ok + ",\"constraints\":[],\"allergies\":[],\"max_tokens\":\"many\"}", "field max_tokens: must be an integer")]
    [InlineData("{" + Ok + ",\"constraints\":[],\"allergies\":[],\"cuisine\":5}", "field cuisine: must be a string")]
    [InlineData("[1,2]", "a request must be a JSON object")]
    [InlineData("{\"id\":", "not valid JSON")]
    public void Parse_MalformedShape_ErrorNamesLineAndField(string line, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => ComplianceRequestFile.Parse(line, "held-out.jsonl line 12"));
        Assert.Contains("held-out.jsonl line 12", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SynonymsAndFreeTextAllergies_ReadTyped()
    {
        var c = ComplianceRequestFile.Parse("{" + Ok + ",\"constraints\":[\"dairy free\",\"GLUTEN_FREE\",\"non-dairy\",\"Plant-Based\"],\"allergies\":[\"shellfish allergy\"]}", "x");
        Assert.Equal([DietaryConstraint.DairyFree, DietaryConstraint.GlutenFree, DietaryConstraint.Vegan], c.Input.Constraints);
        Assert.Equal(["shellfish allergy"], c.Input.Allergies);
    }

    [Fact]
    public async Task ReadLinesAsync_OneBadLineAmongGood_BadLineReportedOthersRead()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pp-requests-{Guid.NewGuid():N}.jsonl");
        try
        {
            await File.WriteAllLinesAsync(path, [
                "{" + Ok + ",\"constraints\":[\"vegan\"],\"allergies\":[]}",
                string.Empty,
                "{" + Ok + ",\"constraints\":\"vegan\",\"allergies\":[]}",
                "{" + Ok.Replace("r1", "r3", StringComparison.Ordinal) + ",\"constraints\":[],\"allergies\":[\"kiwi\"]}",
            ]);
            var lines = new List<ComplianceRequestLine>();
            await foreach (var line in ComplianceRequestFile.ReadLinesAsync(path))
            {
                lines.Add(line);
            }

            Assert.Equal([1, 3, 4], lines.Select(l => l.Line));
            Assert.NotNull(lines[0].Case);
            Assert.Null(lines[1].Case);
            Assert.Contains($"{Path.GetFileName(path)} line 3 field constraints", lines[1].Error, StringComparison.Ordinal);
            Assert.Equal("r3", lines[2].Case!.Id);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    public async Task ReadLinesAsync_EmptyFile_ErrorNamesTheFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pp-empty-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(path, content);
        try
        {
            var ex = await Assert.ThrowsAsync<FormatException>(async () =>
            {
                await foreach (var _ in ComplianceRequestFile.ReadLinesAsync(path))
                {
                }
            });
            Assert.Contains(Path.GetFileName(path), ex.Message, StringComparison.Ordinal);
            Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task GenerateAsync_ConstraintsMissing_InvalidRequestNotUnconstrained()
    {
        var model = new ScriptedTextGenerator("{}");
        var input = new GenerateRecipeInput([new("bacon", 1, "pack")], null!, [], null, "x");
        var output = await new RecipeGenerator(model, TinyModel.Options()).GenerateAsync(input, null, CancellationToken.None);
        Assert.Equal(RecipeOutcome.Error, output.Outcome);
        Assert.Equal("invalid_request", output.Error!.Code);
        Assert.Contains("constraints", output.Reason, StringComparison.Ordinal);
        Assert.Equal(0, model.Calls);
    }

    [Fact]
    public async Task GenerateAsync_UndefinedConstraintValue_InvalidRequest()
    {
        var model = new ScriptedTextGenerator("{}");
        var input = new GenerateRecipeInput([new("bacon", 1, "pack")], [(DietaryConstraint)99], [], null, "x");
        var output = await new RecipeGenerator(model, TinyModel.Options()).GenerateAsync(input, null, CancellationToken.None);
        Assert.Equal("invalid_request", output.Error!.Code);
        Assert.Contains("constraints[0] = 99", output.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_AbsurdTenThousandCharacterName_FailsThatRequestWithReason()
    {
        var model = new ScriptedTextGenerator("{}");
        var input = new GenerateRecipeInput([new("rice", 1, "kg"), new(new string('x', 10_000), 1, "pcs")], [DietaryConstraint.Vegan], [], null, "x");
        var output = await new RecipeGenerator(model, TinyModel.Options()).GenerateAsync(input, null, CancellationToken.None);
        Assert.Equal(RecipeOutcome.Error, output.Outcome);
        Assert.Contains("pantry[1] name is 10000 characters long", output.Reason, StringComparison.Ordinal);
        Assert.Equal(0, model.Calls);
    }
}
