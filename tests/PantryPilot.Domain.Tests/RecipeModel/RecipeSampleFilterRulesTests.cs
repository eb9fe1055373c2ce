using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Domain.Tests.RecipeModel;

/// <summary>The filter's rules one at a time, on candidates built by hand (no reader in between): reason codes and their
/// order, structure checks, the length limit at its edge, and what a kept sample's metadata says.</summary>
public class RecipeSampleFilterRulesTests
{
    private static readonly SamplePantryItem[] Pantry = [new("rice", 500, "g"), new("onion", 2, "pcs"), new("tomato", 3, "pcs")];

    private static RecipeAnswer Answer(string[] ingredients, string[]? additions = null, string[]? steps = null) =>
        new("Tomato Rice", "", 30, ingredients.Select(i => new AnswerIngredient(i, 100, "g")).ToArray(), additions ?? [], steps ?? ["Fry", "Simmer"]);

    private static SampleCandidate Candidate(string[] tags, RecipeAnswer? answer, SamplePantryItem[]? pantry = null, SampleOrigin? origin = null, string? id = null, string layout = SampleLayouts.MlxChat) =>
        new(layout, id, tags, null, "Dinner.", pantry ?? Pantry, answer, answer is null ? "truncated: cut" : null, origin);

    private static FilterDecision Judge(SampleCandidate candidate, FilterSettings? settings = null, long line = 1) =>
        new RecipeSampleFilter(RecipeDiet.Default, settings ?? new FilterSettings()).Judge(candidate, line);

    private static string[] Codes(FilterDecision decision) => decision.Reasons.Select(r => r.Split(':', 2)[0]).ToArray();

    [Fact]
    public void ReasonCodes_AreTheStableKeysOfTheStatistics()
    {
        string[] expected =
        [
            "unparseable", "no-recipe", "unsupported-tag", "truncated-method", "no-ingredients", "no-steps", "amount-unreadable",
            "selected-forbidden", "selected-may-contain", "selected-unknown", "selected-ambiguous", "selected-not-in-pantry",
            "request-ignored", "addition-forbidden", "addition-may-contain", "addition-unknown", "step-forbidden", "step-may-contain",
            "step-not-in-pantry", "pantry-shows-forbidden", "too-long", "duplicate",
        ];

        Assert.Equal(expected, RecipeSampleFilter.ReasonCodes);
    }

    [Fact]
    public void PrimaryReason_IsTheCodeOfTheFirstReason()
    {
        Assert.Null(new FilterDecision(null, [], [], false).PrimaryReason);
        Assert.Equal("too-long", new FilterDecision(null, ["too-long: about 3000 tokens: more"], [], false).PrimaryReason);
        Assert.Equal("odd", new FilterDecision(null, ["odd"], [], false).PrimaryReason);
    }

    [Fact]
    public void Judge_SeveralFaults_ReasonsInTheOrderOfTheCodesWhateverTheCheckOrder()
    {
        // Five faults at once: the reasons come out in the order of the codes, so the primary one is stable.
        var decision = Judge(Candidate(["vegetarian", "low-fodmap"], Answer(["saffron", "chicken"], additions: ["bacon"], steps: [" ", ""]), id: "x"),
            new FilterSettings(DropNotInPantry: true));

        Assert.Equal(["unsupported-tag", "no-steps", "selected-forbidden", "selected-not-in-pantry", "addition-forbidden"], Codes(decision));
        Assert.Equal("unsupported-tag", decision.PrimaryReason);
        Assert.Contains("low-fodmap", decision.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_UnsupportedTagUnderStrip_JudgedOnTheOtherTagsAndKeptInThePrompt()
    {
        var decision = Judge(Candidate(["halal", "vegan"], Answer(["rice", "tomato"])), new FilterSettings(StripUnknownTags: true));

        Assert.NotNull(decision.Kept);
        Assert.Equal(["halal", "vegan"], decision.Kept!.Meta.DietaryTags);
        Assert.Contains("Dietary constraints: halal, vegan", decision.Kept.Text, StringComparison.Ordinal);
        Assert.Equal(["halal"], decision.Kept.Meta.UnjudgedTags);
    }

    [Fact]
    public void Judge_NoIngredientsAndBlankSteps_BothNamed()
    {
        var decision = Judge(Candidate([], Answer([], steps: ["  "])));

        Assert.Equal(["no-ingredients", "no-steps"], Codes(decision));
    }

    [Fact]
    public void Judge_OneRealStepAmongBlankOnes_HasSteps()
    {
        Assert.NotNull(Judge(Candidate([], Answer(["rice"], steps: ["", "Boil the rice"]))).Kept);
    }

    [Fact]
    public void Judge_NoAnswer_NoRecipeWithTheReadersReason()
    {
        var decision = Judge(Candidate(["vegan"], null));

        Assert.Equal(["no-recipe: truncated: cut"], decision.Reasons);
        Assert.False(decision.PromptRebuilt);
    }

    [Fact]
    public void Judge_UnknownPantryItemUnderDrop_KeptWithTheItemHiddenNotRemoved()
    {
        // Serving hides an item the ontology does not know from a strict request; "drop" removes only what is forbidden.
        SamplePantryItem[] pantry = [new("rice", 500, "g"), new("zorblax paste", 1, "pcs")];

        var decision = Judge(Candidate(["vegan"], Answer(["rice"]), pantry), new FilterSettings(PrefilterPantry: false));

        Assert.NotNull(decision.Kept);
        Assert.True(decision.PromptRebuilt);
        Assert.DoesNotContain("zorblax", decision.Kept!.Text, StringComparison.Ordinal);
        Assert.Equal(["rice"], decision.Kept.Meta.Pantry.Select(p => p.Name));
        Assert.Equal(1, decision.Kept.Meta.InventorySize);
    }

    [Fact]
    public void Judge_NothingToHide_PromptNotRebuiltAndPantryAsShown()
    {
        var decision = Judge(Candidate(["vegan"], Answer(["rice", "tomato"])));

        Assert.False(decision.PromptRebuilt);
        Assert.Equal(["rice", "onion", "tomato"], decision.Kept!.Meta.Pantry.Select(p => p.Name));
        Assert.Contains("Pantry: rice (500 g), onion (2 pcs), tomato (3 pcs)", decision.Kept.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_LengthAtTheLimit_KeptOneTokenOver_Removed()
    {
        var candidate = Candidate([], Answer(["rice"]));
        var tokens = RecipeSampleFilter.EstimateTokens(Judge(candidate).Kept!.Text);

        Assert.NotNull(Judge(candidate, new FilterSettings(MaxSequenceTokens: tokens)).Kept);
        var over = Judge(candidate, new FilterSettings(MaxSequenceTokens: tokens - 1));
        Assert.Equal(["too-long"], Codes(over));
        Assert.Contains($"about {tokens} tokens", over.Reasons[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(6, 2)]
    [InlineData(7, 3)]
    [InlineData(6000, 2000)]
    public void EstimateTokens_ThreeCharactersATokenRoundedUp(int characters, int tokens) =>
        Assert.Equal(tokens, RecipeSampleFilter.EstimateTokens(new string('x', characters)));

    [Fact]
    public void Judge_ImportedSampleWithoutOrigin_MetaNamesTheLayoutAndLine()
    {
        var decision = Judge(Candidate(["vegan"], Answer(["rice", "onion"])), line: 42);

        var kept = decision.Kept!;
        Assert.Equal("mlx-chat-0000042", kept.Id);
        Assert.Equal("imported:mlx-chat", kept.Meta.Teacher);
        Assert.Equal(0, kept.Meta.Seed);
        Assert.Equal(42, kept.Meta.Index);
        Assert.Equal(["rice", "onion"], kept.Meta.Selected);
        Assert.Equal(2, kept.Meta.SelectedCount);
        Assert.Equal(3, kept.Meta.InventorySize);
        Assert.Equal("Tomato Rice", kept.Meta.Title);
        Assert.Equal("Dinner.", kept.Meta.Request);
    }

    [Fact]
    public void Judge_ProjectSample_KeepsItsIdAndOrigin()
    {
        var origin = new SampleOrigin("template", 7, 1234, "r-12", "none");

        var kept = Judge(Candidate(["vegan"], Answer(["rice"]), origin: origin, id: "s7-0001234", layout: SampleLayouts.Project), line: 9).Kept!;

        Assert.Equal("s7-0001234", kept.Id);
        Assert.Equal("template", kept.Meta.Teacher);
        Assert.Equal(7, kept.Meta.Seed);
        Assert.Equal(1234, kept.Meta.Index);
        Assert.Equal("r-12", kept.Meta.RecipeId);
        Assert.Equal("none", kept.Meta.InjectedFault);
    }

    [Fact]
    public void Judge_KeptText_IsPromptThenAnswerThenTheEndTag()
    {
        var kept = Judge(Candidate(["vegan"], Answer(["rice"]))).Kept!;

        Assert.StartsWith("<|system|>", kept.Text, StringComparison.Ordinal);
        Assert.Contains("<|assistant|>\n{\"title\":\"Tomato Rice\"", kept.Text, StringComparison.Ordinal);
        Assert.EndsWith("<|end|>", kept.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_AnchovySauceAddition_RemovedForAVegetarian()
    {
        // Worcestershire sauce is traditionally made with anchovies: never a suggestion for a vegetarian.
        var decision = Judge(Candidate(["vegetarian"], Answer(["rice"], additions: ["worcestershire sauce"])));

        Assert.Null(decision.Kept);
        Assert.Contains(decision.PrimaryReason, new[] { "addition-forbidden", "addition-may-contain" });
    }
}
