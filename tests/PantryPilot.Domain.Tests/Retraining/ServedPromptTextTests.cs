using PantryPilot.Domain.Recipes;
using PantryPilot.Domain.Retraining;

namespace PantryPilot.Domain.Tests.Retraining;

/// <summary>Prompts are built by the one serving builder; the expected turns and tags are written by hand.</summary>
public class ServedPromptTextTests
{
    private static string Prompt(params string[] constraints) =>
        RecipePromptText.Build([new("tofu", 400, "g"), new("rice", 2, "kg")], constraints, "Japanese", "a quick dinner");

    [Fact]
    public void Split_ServedPrompt_GivesTheSystemAndUserTurns()
    {
        var parts = ServedPromptText.Split(Prompt("vegetarian"))!;

        Assert.Equal(RecipePromptText.SystemMessage, parts.System);
        Assert.Equal("Pantry: tofu (400 g), rice (2 kg)\nDietary constraints: vegetarian\nCuisine: Japanese\nRequest: a quick dinner", parts.User);
    }

    [Fact]
    public void Constraints_DietsAndAllergies_InTheirOrder()
    {
        var parts = ServedPromptText.Split(Prompt("vegan", "gluten-free", "allergy: peanuts"))!;

        Assert.Equal(["vegan", "gluten-free", "allergy: peanuts"], parts.Constraints);
        Assert.Equal(["vegan", "gluten-free"], ServedPromptText.DietTags(parts.Constraints));
    }

    [Fact]
    public void Constraints_None_GivesNoTagsAndTheNoneStratum()
    {
        var parts = ServedPromptText.Split(Prompt())!;

        Assert.Empty(parts.Constraints);
        Assert.Equal(["none"], ServedPromptText.DietTags(parts.Constraints));
        Assert.Equal(["none"], ServedPromptText.DietTags(["allergy: sesame"]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("just a request")]
    [InlineData("<|system|>\nno end")]
    [InlineData("<|system|>\nsys<|end|>\nno user turn")]
    public void Split_NotAServedPrompt_IsNull(string? text) => Assert.Null(ServedPromptText.Split(text));
}
