using PantryPilot.Domain.Ingredients;

namespace PantryPilot.Domain.Tests.Ingredients;

/// <summary>Expectations written from what a cook means by each name.</summary>
public class IngredientMatcherTests
{
    private static readonly IngredientMatcher Matcher = IngredientMatcher.Default;

    [Theory]
    [InlineData("Onions", "onion")]
    [InlineData("Jalapeños", "jalapeno")]
    [InlineData("chicken stock", "Chicken Stock")]
    [InlineData("tomatoes", "tomato")]
    [InlineData("prawns", "shrimp")]
    [InlineData("aubergine", "eggplant")]
    [InlineData("scallions", "spring onions")]
    [InlineData("vegetable broth", "vegetable stock")]
    [InlineData("breadcrumbs", "bread crumbs")]
    public void Match_SameNameOrSynonym_Same(string name, string candidate)
    {
        var match = Matcher.Match(name, ["rice", candidate]);

        Assert.Equal(MatchKind.Same, match.Kind);
        Assert.Equal(1, match.Index);
    }

    [Theory]
    [InlineData("cod fillet", "cod")]
    [InlineData("cod fillets", "cod")]
    [InlineData("lime juice", "lime")]
    [InlineData("broccoli florets", "broccoli")]
    [InlineData("black pepper", "pepper")]
    [InlineData("pepper", "black pepper")]
    [InlineData("block tofu", "tofu")]
    [InlineData("firm tofu", "tofu")]
    [InlineData("cooked rice", "rice")]
    [InlineData("garlic cloves", "garlic")]
    [InlineData("fresh basil leaves", "basil")]
    [InlineData("brown rice", "rice")]
    [InlineData("smoked salmon", "salmon")]
    [InlineData("oil", "olive oil")]
    [InlineData("stock", "vegetable stock")]
    [InlineData("cheddar cheese", "cheddar")]
    [InlineData("cheddar", "cheddar cheese")]
    [InlineData("chicken breast fillets", "chicken breast")]
    [InlineData("pasta", "gluten-free pasta")]
    [InlineData("lemon zest", "lemon")]
    [InlineData("canned chickpeas", "chickpeas")]
    [InlineData("extra virgin olive oil", "olive oil")]
    [InlineData("cherry tomatoes", "tomatoes")]
    [InlineData("potatoes", "sweet potatoes")]
    [InlineData("penne", "pasta")]
    [InlineData("pasta", "spaghetti")]
    [InlineData("sourdough", "bread")]
    [InlineData("flank steak", "beef")]
    [InlineData("ribeye steaks", "steak")]
    public void Match_SameFoodInAnotherFormCutOrVariety_Identity(string name, string candidate)
    {
        var match = Matcher.Match(name, ["water", candidate, "sugar"]);

        Assert.True(match.Kind == MatchKind.Identity, match.Reason);
        Assert.Equal(1, match.Index);
    }

    [Theory]
    [InlineData("chicken stock", "chicken breast")]
    [InlineData("chicken breast", "chicken stock")]
    [InlineData("peanut butter", "butter")]
    [InlineData("butter", "peanut butter")]
    [InlineData("coconut milk", "milk")]
    [InlineData("milk", "coconut milk")]
    [InlineData("rice flour", "flour")]
    [InlineData("flour", "rice flour")]
    [InlineData("noodles", "rice noodles")]
    [InlineData("thicken", "chicken")]
    [InlineData("chicken thighs", "chicken breast")]
    [InlineData("red pepper", "black pepper")]
    [InlineData("white rice", "brown rice")]
    [InlineData("sweet potato", "potato")]
    [InlineData("gluten-free pasta", "pasta")]
    [InlineData("vegan cheese", "cheese")]
    [InlineData("chicken rice", "rice")]
    [InlineData("goat cheese", "goat")]
    [InlineData("cheddar cheese", "feta cheese")]
    [InlineData("rice", "rice noodles")]
    [InlineData("water", "coconut water")]
    [InlineData("salt and pepper", "salt")]
    [InlineData("egg", "eggplant")]
    [InlineData("truffle oil", "vegetable oil")]
    [InlineData("oat milk", "milk")]
    [InlineData("corn tortillas", "tortillas")]
    [InlineData("spaghetti", "rice noodles")]
    public void Match_DifferentFoods_None(string name, string candidate)
    {
        var match = Matcher.Match(name, [candidate]);

        Assert.True(match.Kind == MatchKind.None, match.Reason);
        Assert.Null(match.Index);
    }

    [Fact]
    public void Match_TwoCandidatesFitEqually_AmbiguousNamesBoth()
    {
        var match = Matcher.Match("pepper", ["black pepper", "rice", "white pepper"]);

        Assert.Equal(MatchKind.Ambiguous, match.Kind);
        Assert.Equal([0, 2], match.Candidates);
        Assert.Null(match.Index);
        Assert.Contains("'black pepper'", match.Reason, StringComparison.Ordinal);
        Assert.Contains("'white pepper'", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_ChickenAgainstTwoCuts_Ambiguous()
    {
        Assert.Equal(MatchKind.Ambiguous, Matcher.Match("chicken", ["chicken breast", "chicken thighs"]).Kind);
    }

    [Fact]
    public void Match_CloserCandidateWins_OverAMoreGeneralOne()
    {
        var match = Matcher.Match("chicken breast fillets", ["chicken", "chicken breast"]);

        Assert.Equal(MatchKind.Identity, match.Kind);
        Assert.Equal(1, match.Index);
    }

    [Fact]
    public void Match_SameBeatsIdentity_AndListsEveryDuplicate()
    {
        var match = Matcher.Match("rice", ["cooked rice", "Rice", "rice"]);

        Assert.Equal(MatchKind.Same, match.Kind);
        Assert.Equal([1, 2], match.Candidates);
    }

    [Fact]
    public void Match_Identity_ReasonNamesTheDecidingWords()
    {
        var match = Matcher.Match("cod fillet", ["cod"]);

        Assert.Contains("fillet", match.Reason, StringComparison.Ordinal);
        Assert.Contains("cod", match.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("noodles", "rice noodles")]
    [InlineData("milk", "coconut milk")]
    [InlineData("flour", "almond flour")]
    [InlineData("pepper", "salt and pepper")]
    [InlineData("cheese", "cheddar")]
    [InlineData("tofu", "firm tofu")]
    public void Resolve_StepMentionOfAListedIngredient_Identity(string mention, string listed)
    {
        var match = Matcher.Resolve(mention, ["onion", listed]);

        Assert.True(match.Kind == MatchKind.Identity, match.Reason);
        Assert.Equal(1, match.Index);
    }

    [Theory]
    [InlineData("chicken", "chickpeas")]
    [InlineData("butter", "peanut butter")]
    [InlineData("bacon", "onion")]
    public void Resolve_MentionOfAnotherFood_None(string mention, string listed)
    {
        Assert.Equal(MatchKind.None, Matcher.Resolve(mention, [listed]).Kind);
    }

    [Fact]
    public void Match_NoCandidates_None()
    {
        Assert.Equal(MatchKind.None, Matcher.Match("rice", []).Kind);
    }

    [Fact]
    public void Match_EmptyName_None()
    {
        Assert.Equal(MatchKind.None, Matcher.Match("  ", ["rice"]).Kind);
    }
}
