using PantryPilot.Domain.Ingredients;

namespace PantryPilot.Domain.Tests.Ingredients;

/// <summary>Whether a comma or an "and" joins two ingredients or adds a note, decided by reading each line.</summary>
public class IngredientListTests
{
    [Theory]
    [InlineData("salt, pepper, olive oil", new[] { "salt", "pepper", "olive oil" })]
    [InlineData("1 onion, 2 carrots, 3 celery stalks", new[] { "1 onion", "2 carrots", "3 celery stalks" })]
    [InlineData("salt and freshly ground black pepper", new[] { "salt", "freshly ground black pepper" })]
    [InlineData("salt and pepper, to taste", new[] { "salt", "pepper, to taste" })]
    [InlineData("cumin, smoked paprika, a pinch of salt", new[] { "cumin", "smoked paprika", "a pinch of salt" })]
    [InlineData("garlic; ginger", new[] { "garlic", "ginger" })]
    public void Split_SeveralIngredients_OneEach(string text, string[] expected)
    {
        Assert.Equal(expected, IngredientList.Default.Split(text));
    }

    [Theory]
    [InlineData("2 cloves garlic, minced")]
    [InlineData("1 medium onion, finely chopped")]
    [InlineData("rice, cooked in chicken stock")]
    [InlineData("olive oil, or vegetable oil")]
    [InlineData("1 cup half and half")]
    [InlineData("lemon juice and zest")]
    [InlineData("chicken, cut into strips")]
    [InlineData("tomatoes, peeled and chopped")]
    [InlineData("cheese, such as cheddar")]
    [InlineData("onion (1 medium, diced)")]
    [InlineData("sweet and sour sauce")]
    [InlineData("basil, for garnish")]
    public void Split_OneIngredientWithNotes_Whole(string text)
    {
        Assert.Equal([text], IngredientList.Default.Split(text));
    }

    [Fact]
    public void Split_Empty_OneEmptyItem()
    {
        Assert.Equal([string.Empty], IngredientList.Default.Split("  "));
    }
}
