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

    /// <summary>A food word in a verb's place is the action (issue 20): sentences as cookbooks write them, read by a
    /// cook. Each line says what a person sees eaten.</summary>
    [Theory]
    [InlineData("Add the quinoa and cumin and toast for a minute.", new[] { "quinoa", "cumin" })]
    [InlineData("Toast the cumin seeds in a dry pan.", new[] { "cumin" })]
    [InlineData("Add the rice and toast.", new[] { "rice" })]
    [InlineData("Soften the onion in the oil, add the rice and toast, stirring.", new[] { "onion", "oil", "rice" })]
    [InlineData("Spread in a shallow bowl and drizzle with the olive oil.", new[] { "olive oil" })]
    [InlineData("Spread the paste over the fish.", new[] { "fish" })]
    [InlineData("Cream the butter and sugar, then fold in the flour.", new[] { "butter", "sugar", "flour" })]
    [InlineData("Butter generously and bake.", new string[0])]
    [InlineData("Oil the pan lightly.", new string[0])]
    [InlineData("Oil lightly, then add the onions.", new[] { "onion" })]
    [InlineData("Dust with flour and shake off the excess.", new[] { "flour" })]
    [InlineData("Mince the garlic and ginger.", new[] { "garlic", "ginger" })]
    [InlineData("Zest and juice the lemon.", new[] { "lemon" })]
    [InlineData("Fish out the bay leaves.", new[] { "bay leaf" })]
    [InlineData("Stock up on the beans before winter.", new[] { "bean" })]
    [InlineData("Fill the tortillas and roll tightly.", new[] { "tortilla" })]
    [InlineData("Fill and roll.", new string[0])]
    [InlineData("Cut the chicken into strips, then bread and fry.", new[] { "chicken" })]
    public void Mentions_FoodWordAsVerb_IsNoFood(string sentence, string[] expected)
    {
        Assert.Equal(expected, IngredientMatcher.Default.Mentions(sentence));
    }

    /// <summary>The same words as foods are still caught: a noun's place (after a determiner or a preposition), a list
    /// of what is served, a food after a verb.</summary>
    [Theory]
    [InlineData("Toss with the bacon and serve.", new[] { "bacon" })]
    [InlineData("Serve on toast.", new[] { "toast" })]
    [InlineData("Serve with eggs and toast.", new[] { "egg", "toast" })]
    [InlineData("Serve with eggs, bacon and toast.", new[] { "egg", "bacon", "toast" })]
    [InlineData("Top with toast and a fried egg.", new[] { "toast", "egg" })]
    [InlineData("Add the stock and simmer for 10 minutes.", new[] { "stock" })]
    [InlineData("Melt the butter in a pan.", new[] { "butter" })]
    [InlineData("Stir in the cream until smooth.", new[] { "cream" })]
    [InlineData("Brush the bread with oil. Toast until golden.", new[] { "bread", "oil" })]
    [InlineData("Add the fish and cook for 4 minutes.", new[] { "fish" })]
    [InlineData("Add a splash of fish sauce and the lime juice.", new[] { "fish sauce", "lime juice" })]
    [InlineData("Then add the bread and toss.", new[] { "bread" })]
    [InlineData("Spread the toast with butter.", new[] { "toast", "butter" })]
    [InlineData("Melt the chocolate and butter until smooth.", new[] { "chocolate", "butter" })]
    [InlineData("Whisk the eggs and cream until thick.", new[] { "egg", "cream" })]
    [InlineData("Heat the oil and butter.", new[] { "oil", "butter" })]
    [InlineData("Beat the butter and sugar until fluffy.", new[] { "butter", "sugar" })]
    public void Mentions_FoodWordAsFood_IsStillCaught(string sentence, string[] expected)
    {
        Assert.Equal(expected, IngredientMatcher.Default.Mentions(sentence));
    }
}
