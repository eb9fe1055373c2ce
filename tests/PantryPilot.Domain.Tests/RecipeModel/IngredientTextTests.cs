using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Domain.Tests.RecipeModel;

public class IngredientTextTests
{
    [Theory]
    [InlineData("2 cups rice", "rice", 2.0)]
    [InlineData("lentils (250g)", "lentils", 250.0)]
    [InlineData("1 medium onion", "onion", 1.0)]
    [InlineData("2 cloves garlic, minced", "garlic", 2.0)]
    [InlineData("1/2 tsp salt", "salt", 0.5)]
    [InlineData("1 1/2 cups chicken stock", "chicken stock", 1.5)]
    [InlineData("½ cup coconut milk", "coconut milk", 0.5)]
    [InlineData("salt to taste", "salt", null)]
    [InlineData("chicken stock", "chicken stock", null)]
    [InlineData("400g canned chickpeas (drained)", "canned chickpeas", 400.0)]
    [InlineData("2-3 green chilies", "green chilies", 2.0)]
    public void Parse_WrittenIngredient_NameAndAmount(string text, string name, double? amount)
    {
        var parsed = IngredientText.Parse(text);

        Assert.Equal(name, parsed.Name);
        Assert.Equal(amount, parsed.Amount);
    }

    [Fact]
    public void ToAnswerIngredient_CupsOfRice_BecomesMillilitres()
    {
        var ingredient = IngredientText.ToAnswerIngredient("2 cups rice");

        Assert.Equal("rice", ingredient.Name);
        Assert.Equal("ml", ingredient.Unit);
        Assert.InRange(ingredient.Amount, 470, 510); // 2 US cups = 473 ml, 2 metric cups = 500 ml
    }
}
