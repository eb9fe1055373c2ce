using PantryPilot.Domain.Ontology;
using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Domain.Tests.RecipeModel;

public class RecipeCorpusTests
{
    // Western for this count: European and North-American traditions. Everything else in the corpus is non-Western.
    private static readonly HashSet<string> Western = ["italian", "french", "american", "british", "greek", "spanish"];

    private static RecipeCorpus Corpus => RecipeCorpus.Default;

    [Fact]
    public void Default_HasAtLeast300RecipesOver12CuisinesAboutHalfNonWestern()
    {
        var recipes = Corpus.Recipes;
        Assert.True(recipes.Count >= 300, $"{recipes.Count} recipes");
        var cuisines = recipes.Select(r => r.Cuisine).Distinct().ToArray();
        Assert.True(cuisines.Length >= 12, string.Join(", ", cuisines));
        var nonWestern = recipes.Count(r => !Western.Contains(r.Cuisine)) / (double)recipes.Count;
        Assert.InRange(nonWestern, 0.45, 0.75);
    }

    [Fact]
    public void Default_EveryRecipeHasIngredientsWithAmountsStepsAndTime()
    {
        Assert.All(Corpus.Recipes, r =>
        {
            Assert.NotEmpty(r.Ingredients);
            Assert.All(r.Ingredients, i => Assert.True(i.Amount > 0 && i.Unit.Length > 0, $"{r.Id}: {i.Name}"));
            Assert.True(r.Steps.Count >= 2, r.Id);
            Assert.True(r.Minutes > 0, r.Id);
            Assert.DoesNotContain("{v", r.Title, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Default_EveryIngredientIsKnownToTheOntology()
    {
        // An unknown ingredient would make its recipe untaggable for every diet and hide it from constrained requests.
        var unknown = Corpus.Recipes.SelectMany(r => r.Ingredients.Select(i => (r.Id, i.Name)))
            .Where(x => !IngredientOntology.Default.Classify(x.Name).IsKnown).Distinct().ToArray();
        Assert.True(unknown.Length == 0, string.Join("; ", unknown.Select(u => $"{u.Id}: {u.Name}")));
    }

    [Theory]
    // Expectations written by hand from the dishes, not computed by the ontology.
    [InlineData("indian/chana-masala", new[] { "Vegetarian", "Vegan", "DairyFree", "GlutenFree", "Pescatarian" }, new string[0])]
    [InlineData("indian/butter-chicken", new string[0], new[] { "Vegetarian", "Vegan", "Pescatarian", "DairyFree" })]
    [InlineData("indian/palak-v/paneer", new[] { "Vegetarian", "GlutenFree" }, new[] { "Vegan", "DairyFree" })]
    [InlineData("thai/green-curry-with-v/shrimp", new[] { "Pescatarian", "DairyFree", "GlutenFree" }, new[] { "Vegetarian", "Vegan" })]
    [InlineData("chinese/v-fried-rice/tofu", new[] { "Vegetarian", "DairyFree" }, new[] { "GlutenFree", "Vegan" })]
    [InlineData("british/fish-and-chips", new[] { "Pescatarian", "DairyFree" }, new[] { "Vegetarian", "GlutenFree" })]
    [InlineData("mexican/arroz-rojo/chicken-stock", new[] { "GlutenFree", "DairyFree" }, new[] { "Vegetarian", "Vegan", "Pescatarian" })]
    public void Default_TagsAreDerivedFromIngredients(string id, string[] has, string[] hasNot)
    {
        var recipe = Corpus.Recipes.Single(r => r.Id == id);
        foreach (var tag in has)
        {
            Assert.Contains(Enum.Parse<DietaryConstraint>(tag), recipe.Tags);
        }

        foreach (var tag in hasNot)
        {
            Assert.DoesNotContain(Enum.Parse<DietaryConstraint>(tag), recipe.Tags);
        }
    }

    [Fact]
    public void Default_EachMeasuredDietHasRecipes()
    {
        foreach (var c in new[] { DietaryConstraint.Vegetarian, DietaryConstraint.Vegan, DietaryConstraint.DairyFree, DietaryConstraint.GlutenFree, DietaryConstraint.Pescatarian })
        {
            Assert.True(Corpus.Recipes.Count(r => r.Tags.Contains(c)) >= 30, $"{c}: {Corpus.Recipes.Count(r => r.Tags.Contains(c))}");
        }
    }

    [Theory]
    [InlineData("indian | X | ten | rice:1 g | Cook; Eat", "line 1 field 'minutes'")]
    [InlineData("indian | X | 10 | rice 1 g | Cook; Eat", "line 1 field 'ingredients'")]
    [InlineData("indian | X | 10 | rice:1 g", "line 1: expected")]
    [InlineData("indian | X {v} | 10 | {v} | Cook; Eat | a:1 g>b:2 g>c:3 g", "line 1 field 'variants'")]
    public void Parse_BadLine_NamesSourceLineAndField(string line, string expected)
    {
        var e = Assert.Throws<FormatException>(() => RecipeCorpus.Parse(line, "my.txt", RecipeDiet.Default));
        Assert.Contains("my.txt", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
