using System.Text.Json;
using PantryPilot.Domain.Ontology;
using PantryPilot.Inference.Recipes;

namespace PantryPilot.Inference.Tests;

public class RecipeGeneratorTests
{
    private static readonly PantryItem[] VegetarianTrap =
    [
        new("chicken stock", 1, "L"),
        new("fish sauce", 200, "ml"),
        new("tofu", 400, "g"),
        new("rice", 1, "kg"),
        new("salak", 2, "pcs"),
    ];

    private static GenerateRecipeInput Vegetarian(params PantryItem[] pantry) =>
        new(pantry.Length == 0 ? VegetarianTrap : pantry, [DietaryConstraint.Vegetarian], [], "Thai", "something warm");

    private static string Json(string title, string[] ingredients, string[] additions, int minutes = 20) => JsonSerializer.Serialize(new
    {
        title,
        cuisine = "Thai",
        time_minutes = minutes,
        ingredients = ingredients.Select(n => new { name = n, amount = 100, unit = "g" }),
        suggested_additions = additions,
        steps = new[] { "Cook it." },
    });

    private static RecipeGenerator Generator(ScriptedTextGenerator model) => new(model, TinyModel.Options());

    [Fact]
    public async Task GenerateAsync_CompliantOutput_ReturnsRecipe()
    {
        var model = new ScriptedTextGenerator(Json("Tofu rice", ["tofu", "rice"], ["scallions"]));
        var output = await Generator(model).GenerateAsync(Vegetarian(), null, CancellationToken.None);
        Assert.Equal(RecipeOutcome.Recipe, output.Outcome);
        Assert.Equal("Tofu rice", output.Recipe!.Title);
        Assert.Equal(1, output.Diagnostics.Attempts);
    }

    [Fact]
    public async Task GenerateAsync_PreFilter_ForbiddenAndUnknownItemsNeverReachThePrompt()
    {
        var model = new ScriptedTextGenerator(Json("Tofu rice", ["tofu"], []));
        var output = await Generator(model).GenerateAsync(Vegetarian(), null, CancellationToken.None);
        var prompt = Assert.Single(model.Prompts);
        Assert.DoesNotContain("chicken", prompt, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("fish sauce", prompt, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("salak", prompt, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("tofu (400 g)", prompt, StringComparison.Ordinal);
        Assert.StartsWith("<|system|>", prompt, StringComparison.Ordinal);
        Assert.EndsWith("<|assistant|>\n", prompt, StringComparison.Ordinal);
        Assert.Equal(
            [("chicken stock", ComplianceStatus.Forbidden), ("fish sauce", ComplianceStatus.Forbidden), ("salak", ComplianceStatus.Unknown)],
            output.Excluded.Select(e => (e.Name, e.Status)));
    }

    [Fact]
    public async Task GenerateAsync_Schema_EnumHoldsOnlyAllowedPantryItems()
    {
        var model = new ScriptedTextGenerator(Json("Tofu rice", ["tofu"], []));
        await Generator(model).GenerateAsync(Vegetarian(), null, CancellationToken.None);
        using var schema = JsonDocument.Parse(model.Schemas[0]!);
        var names = schema.RootElement.GetProperty("properties").GetProperty("ingredients").GetProperty("items")
            .GetProperty("properties").GetProperty("name").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["tofu", "rice"], names);
        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(RecipeSchema.MaxSteps, schema.RootElement.GetProperty("properties").GetProperty("steps").GetProperty("maxItems").GetInt32());
    }

    [Fact]
    public async Task GenerateAsync_ModelUsesForbiddenPantryItemEveryTime_NeverReturnsIt()
    {
        // The production failure: "Vegetarian Tacos" with chicken. Every attempt violates; nothing may leave.
        var violating = Json("Vegetarian Tacos", ["chicken stock", "tofu"], []);
        var model = new ScriptedTextGenerator(violating);
        var output = await Generator(model).GenerateAsync(Vegetarian(), null, CancellationToken.None);
        Assert.Equal(RecipeOutcome.NoCompliantRecipe, output.Outcome);
        Assert.Null(output.Recipe);
        Assert.Equal(3, output.Diagnostics.Attempts);
        Assert.Equal(3, model.Calls);
        Assert.All(output.Diagnostics.ViolationsRejected, v => Assert.Contains("chicken stock", v, StringComparison.Ordinal));
        Assert.Equal(3, output.Diagnostics.ViolationsRejected.Count);
    }

    [Fact]
    public async Task GenerateAsync_ViolationThenCompliant_RetriesAndReturnsTheCompliantOne()
    {
        var model = new ScriptedTextGenerator(Json("Bad", ["fish sauce"], []), Json("Good", ["rice"], []));
        var output = await Generator(model).GenerateAsync(Vegetarian(), null, CancellationToken.None);
        Assert.Equal(RecipeOutcome.Recipe, output.Outcome);
        Assert.Equal("Good", output.Recipe!.Title);
        Assert.Equal(2, output.Diagnostics.Attempts);
        Assert.Single(output.Diagnostics.ViolationsRejected);
    }

    [Fact]
    public async Task GenerateAsync_ViolatingAdditionOnly_RepairedByDroppingIt()
    {
        var model = new ScriptedTextGenerator(Json("Fried rice", ["rice", "tofu"], ["oyster sauce", "scallions", "bacon bits"]));
        var output = await Generator(model).GenerateAsync(Vegetarian(), null, CancellationToken.None);
        Assert.Equal(RecipeOutcome.Recipe, output.Outcome);
        Assert.Equal(["scallions"], output.Recipe!.SuggestedAdditions);
        Assert.Equal(2, output.Diagnostics.ViolationsRejected.Count);
        Assert.Contains(output.Diagnostics.AttemptNotes, n => n.Contains("repaired", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GenerateAsync_UnknownAdditionUnderStrictPolicy_Rejected()
    {
        var model = new ScriptedTextGenerator(Json("Rice", ["rice"], ["mystery glaze"]));
        var output = await Generator(model).GenerateAsync(Vegetarian(), null, CancellationToken.None);
        Assert.Equal(RecipeOutcome.Recipe, output.Outcome);
        Assert.Empty(output.Recipe!.SuggestedAdditions);
        Assert.Contains(output.Diagnostics.ViolationsRejected, v => v.Contains("not in the ingredient ontology", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fffff stem ququ ardard")]
    [InlineData("{\"title\": \"unterminated")]
    [InlineData("{\"title\": 5, \"ingredients\": [], \"steps\": []}")]
    [InlineData("[1,2,3]")]
    public async Task GenerateAsync_GarbageOutput_RejectedAsNoRecipe(string garbage)
    {
        var output = await Generator(new ScriptedTextGenerator(garbage)).GenerateAsync(Vegetarian(), null, CancellationToken.None);
        Assert.Equal(RecipeOutcome.NoCompliantRecipe, output.Outcome);
        Assert.Null(output.Recipe);
        Assert.Contains("no compliant recipe in 3 attempt(s)", output.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_EveryPantryItemForbidden_NoRecipeWithoutCallingTheModel()
    {
        var model = new ScriptedTextGenerator("{}");
        var input = new GenerateRecipeInput([new("honey", 1, "jar"), new("butter", 250, "g")], [DietaryConstraint.Vegan], [], null, "dessert");
        var output = await Generator(model).GenerateAsync(input, null, CancellationToken.None);
        Assert.Equal(RecipeOutcome.NoCompliantRecipe, output.Outcome);
        Assert.Contains("no pantry item satisfies", output.Reason, StringComparison.Ordinal);
        Assert.Equal(0, model.Calls);
    }

    [Fact]
    public void Enforce_RecipeOutcomeCarryingAViolation_BecomesNoRecipe()
    {
        // The gate must hold even if code before it wrongly marked a violating recipe as accepted.
        var policy = new DietaryPolicy(IngredientOntology.Default, [DietaryConstraint.Vegan]);
        var validator = new RecipeValidator(policy, [new PantryItem("tofu", 1, "block")]);
        var recipe = new Recipe("Honey tofu", "", 10, [new("tofu", 1, "block"), new("honey", 2, "tbsp")], [], ["Glaze."]);
        var diagnostics = new GenerationDiagnostics(1, 10, 1, 1, "cpu", "m", false, "", [], []);
        var output = RecipeComplianceGate.Enforce(new GenerateRecipeOutput(RecipeOutcome.Recipe, recipe, null, null, "base", [], diagnostics), validator);
        Assert.Equal(RecipeOutcome.NoCompliantRecipe, output.Outcome);
        Assert.Null(output.Recipe);
        Assert.Contains("honey", output.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_AdapterRequestedButAbsent_StructuredErrorNotCrash()
    {
        using var fixture = new TinyModelFixture();
        var generator = new RecipeGenerator(fixture.Host, fixture.Options);
        var input = Vegetarian() with { Adapter = "vegan-lora", Compare = true };
        var output = await generator.GenerateAsync(input, null, CancellationToken.None);
        Assert.Equal(RecipeOutcome.Error, output.Outcome);
        Assert.Equal("adapter_unavailable", output.Error!.Code);
        Assert.Equal("vegan-lora", output.Variant);
        Assert.NotNull(output.BaseComparison);
        Assert.Equal("base", output.BaseComparison!.Variant);
        Assert.NotEqual(RecipeOutcome.Error, output.BaseComparison.Outcome);
    }

    [Fact]
    public async Task GenerateAsync_TinyModel_NoiseRejectedAndReportedHonestly()
    {
        using var fixture = new TinyModelFixture();
        var generator = new RecipeGenerator(fixture.Host, fixture.Options);
        var output = await generator.GenerateAsync(Vegetarian() with { MaxTokens = 16 }, null, CancellationToken.None);

        // 16 tokens cannot complete a recipe: every attempt is cut off, rejected, and said so.
        Assert.Equal(RecipeOutcome.NoCompliantRecipe, output.Outcome);
        Assert.Equal(3, output.Diagnostics.Attempts);
        Assert.InRange(output.Diagnostics.TokensGenerated, 1, 48);
        Assert.True(output.Diagnostics.TokensPerSecond > 0);
        Assert.Equal("cpu", output.Diagnostics.Provider);
        Assert.Equal("tiny-gpt2", output.Diagnostics.Model);
    }

    [Fact]
    public async Task GenerateAsync_TinyModelWithGuidance_ReturnsSchemaValidCompliantRecipe()
    {
        // Random weights, but the schema forces the shape and the pantry enum: what comes out parses, uses only
        // allowed pantry items, and any noise in free-text additions is rejected by the ontology.
        using var fixture = new TinyModelFixture();
        var generator = new RecipeGenerator(fixture.Host, fixture.Options);
        var output = await generator.GenerateAsync(Vegetarian() with { MaxTokens = 400 }, null, CancellationToken.None);

        Assert.True(output.Diagnostics.GuidanceUsed, output.Diagnostics.GuidanceNote);
        Assert.Equal(RecipeOutcome.Recipe, output.Outcome);
        Assert.All(output.Recipe!.Ingredients, i => Assert.Contains(i.Name, new[] { "tofu", "rice" }));
        Assert.All(output.Recipe.Ingredients, i => Assert.Contains(i.Unit, new[] { "g", "ml", "pcs" }));
        Assert.All(output.Recipe.SuggestedAdditions, a => Assert.Equal(
            ComplianceStatus.Allowed,
            new DietaryPolicy(IngredientOntology.Default, [DietaryConstraint.Vegetarian]).Check(a).Status));
    }

    [Fact]
    public void Apply_RepeatedItems_SummedPerUnitAndNothingLost()
    {
        var policy = new DietaryPolicy(IngredientOntology.Default, [DietaryConstraint.Vegan]);
        var pantry = PantryPreFilter.Apply(
            [new("rice", 1, "kg"), new("Rice", 2, "kg"), new("rice", 500, "g"), new("honey", 1, "jar"), new("  ", 1, "pcs")],
            policy);
        Assert.Equal([("rice", 3.0, "kg"), ("rice", 500.0, "g")], pantry.Allowed.Select(i => (i.Name, i.Quantity, i.Unit)));
        Assert.Equal(2, pantry.Excluded.Count);
        Assert.Single(JsonDocument.Parse(RecipeSchema.Build(pantry.Allowed)).RootElement.GetProperty("properties").GetProperty("ingredients")
            .GetProperty("items").GetProperty("properties").GetProperty("name").GetProperty("enum").EnumerateArray());
    }
}
