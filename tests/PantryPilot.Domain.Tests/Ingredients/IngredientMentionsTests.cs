using PantryPilot.Domain.Ingredients;

namespace PantryPilot.Domain.Tests.Ingredients;

/// <summary>What a cook reading each sentence would say it uses.</summary>
public class IngredientMentionsTests
{
    [Theory]
    [InlineData("Stir in the tamari and a splash of soy sauce, then serve over the rice.", new[] { "tamari", "soy sauce", "rice" })]
    [InlineData("Simmer until the sauce begins to thicken.", new string[0])]
    [InlineData("Cream the butter and sugar until fluffy.", new[] { "butter", "sugar" })]
    [InlineData("Flour the board and roll out the dough.", new string[0])]
    [InlineData("Serve without cheese for a lighter dish.", new string[0])]
    [InlineData("Add the gluten-free soy sauce.", new[] { "gluten free soy sauce" })]
    [InlineData("Fish out the bay leaves and add the chicken stock.", new[] { "bay leaf", "chicken stock" })]
    [InlineData("Cook the chickpeas with the peanut butter.", new[] { "chickpea", "peanut butter" })]
    [InlineData("Serve in a warm wrap.", new[] { "wrap" })]
    [InlineData("Brush with egg and bake until golden.", new[] { "egg" })]
    [InlineData("Fry as thick pancakes and serve with the caramel.", new string[0])]
    [InlineData("Pour the hot broth over the prawns.", new[] { "stock", "shrimp" })]
    public void Mentions_Sentence_TheFoodsItUses(string sentence, string[] expected)
    {
        Assert.Equal(expected, IngredientMatcher.Default.Mentions(sentence));
    }
}
