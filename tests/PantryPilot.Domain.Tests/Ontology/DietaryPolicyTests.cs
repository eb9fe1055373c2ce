using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.Tests.Ontology;

/// <summary>
/// The policy's verdicts and the explanations people read. Expected verdicts come from food knowledge (bacon is pork,
/// parmesan is made with calf rennet, gelatin may be pork); expected texts follow the documented explanation format
/// ("'X' breaks RULE (contains TRAIT from 'WORDS')", "'X' may break ...", "'X' is not in the ingredient ontology (unknown
/// words: ...)"): every verdict names the words of the name that decided it.
/// </summary>
public class DietaryPolicyTests
{
    private static ComplianceVerdict Check(string name, string[] constraints, string[]? allergies = null, bool lenient = false) =>
        DietaryPolicy.Parse(constraints, allergies ?? [], lenient).Check(name);

    [Fact]
    public void Check_MeatForVegetarian_ForbiddenWithRuleAndTraitNamed()
    {
        var verdict = Check("bacon", ["vegetarian"]);

        Assert.Equal(ComplianceStatus.Forbidden, verdict.Status);
        Assert.False(verdict.Permitted);
        Assert.StartsWith("'bacon' breaks vegetarian (contains Meat from 'bacon') [read as: 'bacon' → Meat", verdict.Reason, StringComparison.Ordinal);
        Assert.Equal(["vegetarian (contains Meat from 'bacon')"], verdict.BrokenRules);
        Assert.Equal("bacon", verdict.Ingredient);
        Assert.Equal(new RuleVerdict("vegetarian", ComplianceStatus.Forbidden, "contains Meat from 'bacon'"), Assert.Single(verdict.Rules));
        Assert.NotNull(verdict.Classification);
    }

    [Fact]
    public void Check_TwoRulesOneBroken_RulesInRequestOrder()
    {
        // Butter is milk fat: not vegan; it has no gluten.
        var verdict = Check("butter", ["gluten free", "vegan"]);

        Assert.Equal(ComplianceStatus.Forbidden, verdict.Status);
        Assert.Equal(
            [new RuleVerdict("gluten-free", ComplianceStatus.Allowed, "allowed"), new RuleVerdict("vegan", ComplianceStatus.Forbidden, "contains Dairy from 'butter'")],
            verdict.Rules);
        Assert.StartsWith("'butter' breaks vegan (contains Dairy from 'butter')", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SeveralTraitsHit_AllNamed()
    {
        // Egg noodles: wheat and egg.
        var verdict = Check("egg noodles", ["egg-free", "gluten-free"]);

        Assert.StartsWith("'egg noodles' breaks egg-free (contains Egg from 'egg noodle'), gluten-free (contains Gluten from 'egg noodle')", verdict.Reason, StringComparison.Ordinal);
        Assert.Equal(["egg-free (contains Egg from 'egg noodle')", "gluten-free (contains Gluten from 'egg noodle')"], verdict.BrokenRules);
    }

    [Fact]
    public void Check_ForbiddenAndMayContain_BothExplained()
    {
        // Parmesan is milk (forbidden for dairy-free) made with calf rennet (may break vegetarian).
        var verdict = Check("parmesan", ["vegetarian", "dairy-free"]);

        Assert.Equal(ComplianceStatus.Forbidden, verdict.Status);
        Assert.StartsWith("'parmesan' breaks dairy-free (contains Dairy from 'parmesan'); may also break vegetarian (may contain Meat from 'parmesan') [read as:", verdict.Reason, StringComparison.Ordinal);
        Assert.Equal(["dairy-free (contains Dairy from 'parmesan')", "vegetarian (may contain Meat from 'parmesan')"], verdict.BrokenRules);
    }

    [Fact]
    public void Check_MayContainOnly_NotPermittedUnlessLenient()
    {
        var strict = Check("parmesan", ["vegetarian"]);
        var lenient = Check("parmesan", ["vegetarian"], lenient: true);

        Assert.Equal(ComplianceStatus.MayContain, strict.Status);
        Assert.False(strict.Permitted);
        Assert.StartsWith("'parmesan' may break vegetarian (may contain Meat from 'parmesan'): not allowed unless the policy is lenient [read as:", strict.Reason, StringComparison.Ordinal);
        Assert.Equal(ComplianceStatus.MayContain, lenient.Status);
        Assert.True(lenient.Permitted);
        Assert.StartsWith("'parmesan' may break vegetarian (may contain Meat from 'parmesan'): allowed under the lenient policy", lenient.Reason, StringComparison.Ordinal);
        Assert.Equal(["vegetarian (may contain Meat from 'parmesan')"], lenient.BrokenRules);
    }

    [Fact]
    public void Check_UnknownUnderStrictPolicy_NamesTheUnknownWords()
    {
        var verdict = Check("salak", ["vegan"]);

        Assert.Equal(ComplianceStatus.Unknown, verdict.Status);
        Assert.False(verdict.Permitted);
        Assert.Equal("'salak' is not in the ingredient ontology (unknown words: 'salak')", verdict.Reason);
        Assert.Equal(new RuleVerdict("vegan", ComplianceStatus.Unknown, "unknown: salak"), Assert.Single(verdict.Rules));
        Assert.Empty(verdict.BrokenRules);
    }

    [Fact]
    public void Check_UnknownWordBesideAKnownOne_OnlyTheUnknownNamed()
    {
        var verdict = Check("rice zzq", ["vegan"]);

        Assert.Equal(ComplianceStatus.Unknown, verdict.Status);
        Assert.StartsWith("'rice zzq' is not in the ingredient ontology (unknown words: 'zzq') [read as: 'rice'", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AllowedUnderStrictPolicy_ListsEveryRule()
    {
        var verdict = Check("rice", ["vegan", "gluten-free"], ["peanuts"]);

        Assert.Equal(ComplianceStatus.Allowed, verdict.Status);
        Assert.True(verdict.Permitted);
        Assert.StartsWith("'rice' is allowed for vegan, gluten-free, allergy:peanut: no forbidden ingredient in 'rice' [read as: 'rice' → Grain", verdict.Reason, StringComparison.Ordinal);
        Assert.Empty(verdict.BrokenRules);
    }

    [Fact]
    public void Check_NoRules_NoDietaryRuleApplies()
    {
        var policy = DietaryPolicy.Parse([], []);

        Assert.False(policy.IsStrict);
        Assert.Equal("'bacon': no dietary rule applies", policy.Check("bacon").Reason);
        Assert.True(policy.Check("salak").Permitted);
        Assert.Equal(ComplianceStatus.Allowed, policy.Check("salak").Status);
    }

    [Fact]
    public void IsStrict_AllergyOnly_UnknownExcluded()
    {
        var policy = DietaryPolicy.Parse([], ["kiwi"]);

        Assert.True(policy.IsStrict);
        Assert.Equal(ComplianceStatus.Unknown, policy.Check("salak").Status);
    }

    [Theory]
    [InlineData("ham", "pork", "contains pork")] // ham is cured pork
    [InlineData("pork belly", "pork", "contains pork")]
    [InlineData("kiwifruit", "kiwi", "contains kiwi")]
    [InlineData("golden kiwis", "kiwi", "contains kiwi")]
    [InlineData("strawbery jam", "strawberries", "contains strawberry")] // one letter off: stricter, never looser
    [InlineData("chicken stock", "chicken", "contains chicken")]
    public void Check_SingleFoodAllergy_FoodInNameOrMadeOfIt_Forbidden(string name, string allergy, string why)
    {
        var verdict = Check(name, [], [allergy]);

        Assert.Equal(ComplianceStatus.Forbidden, verdict.Status);
        Assert.Equal(why, Assert.Single(verdict.Rules).Why);
        Assert.Contains($"breaks allergy:{verdict.Rules[0].Rule["allergy:".Length..]} ({why})", verdict.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rice", "pork")]
    [InlineData("beef", "pork")]
    [InlineData("kale", "kiwi")] // shares a first letter, not a food
    [InlineData("figs", "fish")] // one letter off but short: a near spelling is only read for words of five letters
    [InlineData("beans", "beef")]
    public void Check_SingleFoodAllergy_OtherFood_Allowed(string name, string allergy) =>
        Assert.Equal(ComplianceStatus.Allowed, Check(name, [], [allergy]).Status);

    [Fact]
    public void Check_GelatinWithPorkAllergy_MayContainPork()
    {
        // Gelatin is made from pork, beef or fish skin and bones: it may be pork.
        var verdict = Check("gelatin", [], ["pork"]);

        Assert.Equal(ComplianceStatus.MayContain, verdict.Status);
        Assert.Equal(new RuleVerdict("allergy:pork", ComplianceStatus.MayContain, "may contain pork"), Assert.Single(verdict.Rules));
    }

    [Fact]
    public void Check_GroupAllergy_TraitNamed()
    {
        var verdict = Check("tahini", [], ["sesame"]);

        Assert.Equal(new RuleVerdict("allergy:sesame", ComplianceStatus.Forbidden, "contains Sesame from 'tahini'"), Assert.Single(verdict.Rules));
    }

    [Fact]
    public void TypedConstructor_DuplicatesDroppedAllergiesParsed()
    {
        var policy = new DietaryPolicy(IngredientOntology.Default, [DietaryConstraint.Vegan, DietaryConstraint.Vegan, DietaryConstraint.NutFree], ["allergic to peanuts", "kiwi"], lenient: true);

        Assert.Equal([DietaryConstraint.Vegan, DietaryConstraint.NutFree], policy.Constraints);
        Assert.Equal(["peanut", "kiwi"], policy.Allergies);
        Assert.True(policy.Lenient);
        Assert.True(policy.IsStrict);
    }

    [Fact]
    public void Constructor_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => new DietaryPolicy(null!));
        Assert.Throws<ArgumentNullException>(() => DietaryPolicy.Parse(["vegan"], []).Check(null!));
    }

    [Fact]
    public void Check_OwnOntology_UsedInsteadOfTheShippedOne()
    {
        // A table that knows only "rice" as meat proves the policy reads through the ontology it is given.
        var data = OntologyDataTests.Minimal(foods: "rice,Meat,,,,\n");
        var verdict = new DietaryPolicy(new DietaryRequest([DietaryConstraint.Vegetarian], []), ontology: new IngredientOntology(data)).Check("rice");

        Assert.Equal(ComplianceStatus.Forbidden, verdict.Status);
    }

    [Fact]
    public void Check_OnlyNoiseWords_UnknownNamesTheWholeName() =>
        Assert.Equal("'fresh' is not in the ingredient ontology (no food named)", Check("fresh", ["vegan"]).Reason);

    [Theory]
    [InlineData("mamgo", "mango", ComplianceStatus.Forbidden)] // five letters, one edit: read as the food (stricter)
    [InlineData("passion fruit juice", "passion fruit", ComplianceStatus.Forbidden)]
    [InlineData("dried fruit", "passion fruit", ComplianceStatus.Allowed)] // every word of a two-word food must appear
    public void Check_SingleFoodAllergy_SpellingAndWords(string name, string allergy, ComplianceStatus expected) =>
        Assert.Equal(expected, Check(name, [], [allergy]).Status);

    private static DietaryPolicy OwnPolicy(string foods, string[] constraints, string[] allergies) =>
        new(DietaryRequest.Parse(constraints, allergies, OwnData(foods)), ontology: new IngredientOntology(OwnData(foods)));

    private static OntologyData OwnData(string foods) => OntologyDataTests.Minimal(
        foods: foods, qualifiers: "vegan,Dairy,no animal\n", allergens: "milk,Dairy,milk\n");

    [Fact]
    public void Check_ExplanationWithSeveralNotes_JoinedWithSemicolons() =>
        Assert.Equal(
            "'vegan cheese' is allowed for dairy-free: no forbidden ingredient in 'cheese' [read as: 'cheese' → Dairy (aged curd); 'vegan' removes Dairy (no animal)]",
            OwnPolicy("cheese,Dairy,,milk,,aged curd\n", ["dairy-free"], []).Check("vegan cheese").Reason);

    [Fact]
    public void Check_SeveralMayContainRules_AllListed() =>
        Assert.Equal(
            "'pie' breaks dairy-free (contains Dairy from 'pie'); may also break vegetarian (may contain Meat, Fish from 'pie'), pescatarian (may contain Meat from 'pie')",
            OwnPolicy("pie,Dairy,Meat Fish,,,\n", ["dairy-free", "vegetarian", "pescatarian"], []).Check("pie").Reason.Split(" [read as:")[0]);

    [Fact]
    public void Check_TwoUnknownWords_BothNamed()
    {
        var verdict = Check("zzq qqz", ["vegan"]);

        Assert.Equal("'zzq qqz' is not in the ingredient ontology (unknown words: 'zzq', 'qqz')", verdict.Reason);
        Assert.Equal("unknown: zzq, qqz", Assert.Single(verdict.Rules).Why);
    }

    [Fact]
    public void Check_FourLetterFoodAllergy_WordStartingWithIt_Forbidden() =>
        // Limeade is made with lime: a lime allergy forbids it even where the table does not say so.
        Assert.Equal(ComplianceStatus.Forbidden, OwnPolicy("lime,none,,,,\nlimeade,none,,,,\n", [], ["lime"]).Check("limeade").Status);

    [Fact]
    public void Check_NullIngredient_ThrowsNamingIt() =>
        Assert.Equal("ingredient", Assert.Throws<ArgumentNullException>(() => DietaryPolicy.Parse(["vegan"], []).Check(null!)).ParamName);
}
