using PantryPilot.Domain.Recipes;

namespace PantryPilot.Domain.Tests.RecipeModel;

/// <summary>The one prompt builder of serving and training, against the Phi-3 text written out by hand.</summary>
public class RecipePromptTextTests
{
    [Fact]
    public void Build_PantryConstraintsCuisineRequest_ExactPhi3Prompt()
    {
        var prompt = RecipePromptText.Build([new("rice", 500, "g"), new("coconut milk", 400.5, "ml")], ["vegan", "gluten-free"], "Thai", "Dinner for two.");

        Assert.Equal(
            "<|system|>\nYou are PantryPilot. Create one recipe using only the listed pantry items and amounts you have. Never use an ingredient that breaks the dietary constraints. Answer with JSON only.<|end|>\n"
            + "<|user|>\nPantry: rice (500 g), coconut milk (400.5 ml)\nDietary constraints: vegan, gluten-free\nCuisine: Thai\nRequest: Dinner for two.<|end|>\n<|assistant|>\n",
            prompt);
    }

    [Fact]
    public void Build_NoConstraintsNoCuisineNamesOnly_SaysNoneAndListsNames()
    {
        var prompt = RecipePromptText.Build([new("rice", 0, ""), new("onion", 0, "")], [], null, "Anything.");

        Assert.Contains("<|user|>\nPantry: rice, onion\nDietary constraints: none\nRequest: Anything.<|end|>", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("Cuisine:", prompt, StringComparison.Ordinal);
    }
}
