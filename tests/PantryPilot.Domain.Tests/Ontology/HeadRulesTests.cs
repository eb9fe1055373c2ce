using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.Tests.Ontology;

/// <summary>
/// Issue 19's reading rules on a small hand-written table, so each expected reading follows from the rows below: a base
/// named before a head replaces the head's default; a qualifier gives a head's plant version; joined spellings; a label
/// in brackets; "100 %"; what a cut usually holds; verbs that are never guessed to be food.
/// </summary>
public class HeadRulesTests
{
    private static IngredientOntology Table => new(OntologyDataTests.Minimal(
        foods: """
            milk,Dairy,,milk,,
            cheese,Dairy,,milk,,
            almond,TreeNut,,almond,milk,
            garlic,none,,,,
            vegetable,none,,,broth filling,
            stock,none,Meat Celery,,,
            oyster sauce,Mollusc,Gluten,,,
            noodle,Gluten,Egg,wheat,,
            vermicelli,Gluten,,wheat,,
            rice,Grain,,,gf,
            buckwheat,Grain,,,gf-mixed,
            samosa,Gluten,Meat,wheat,,
            paneer,Dairy,,milk,filling,
            tofu,Soy,,soy,mock base,
            chicken,Meat,,chicken,,
            dairy substitute,none,TreeNut Soy,?cashew,,
            pork,Meat,,pork,,
            oat,Grain,Gluten,,milk gf-mixed dairy-alt,
            coconut,none,,,milk,
            ice cream,Dairy RefinedSugar,Egg,milk,,
            """,
        heads: """
            milk,milk,Dairy,RefinedSugar,a drink of its base
            cheese,milk,Dairy,TreeNut Soy,plant cheese
            stock,broth,Meat Fish,Celery,a vegetable stock
            oyster sauce,,Mollusc Fish,Soy,plant oyster sauce
            noodle,gf,Gluten Grain Egg,,noodles of a starch
            vermicelli,gf,Gluten Grain Egg,,
            samosa,filling,Meat Fish,,the filling named
            chicken,mock,Meat,Soy Gluten,plant chicken
            ice cream,dairy-alt,Dairy Egg,TreeNut Soy RefinedSugar,a plant ice cream
            """,
        qualifiers: "vegan,Meat Fish Crustacean Mollusc Dairy Egg Honey,no animal\ngluten free,Gluten,no gluten\nvegetarian,Meat Fish Crustacean Mollusc,no meat\n",
        portions: "sausage,Meat,Gluten,rusk\n",
        noise: "thicken,verb\npure,purity\nunsweetened,descriptor\nand,separator\n"));

    [Fact]
    public void Classify_BaseBeforeHead_ReplacesTheHeadsDefaultKeepsTheBase()
    {
        var c = Table.Classify("almond milk");

        Assert.True(c.IsKnown);
        Assert.Equal(IngredientTraits.TreeNut, c.Traits);
        Assert.Equal(IngredientTraits.RefinedSugar, c.MayContain);
        Assert.Contains(c.Notes, n => n.StartsWith("'almond' before 'milk' replaces its Dairy", StringComparison.Ordinal));
        Assert.Contains(new TraitEvidence("almond milk", IngredientTraits.None, IngredientTraits.RefinedSugar, "'almond' before 'milk'"), c.Evidence);
    }

    [Fact]
    public void Classify_DescriptorBetweenBaseAndHead_StillTheBase() =>
        Assert.Equal(IngredientTraits.TreeNut, Table.Classify("almond unsweetened milk").Traits);

    [Theory]
    [InlineData("garlic milk")] // a flavour, not what the milk is made of
    [InlineData("garlic oyster sauce")] // a head that accepts no base at all
    [InlineData("vegetable cheese")] // a base of another kind (broth, filling), not milk
    public void Classify_FoodBeforeHeadThatIsNoBaseOfIt_HeadKeepsItsDefault(string name) =>
        Assert.NotEqual(IngredientTraits.None, Table.Classify(name).Traits & (IngredientTraits.Dairy | IngredientTraits.Mollusc));

    [Fact]
    public void Classify_BrothBase_MeatlessStockThatMayHoldCelery()
    {
        var c = Table.Classify("vegetable stock");

        Assert.Equal(IngredientTraits.None, c.Traits);
        Assert.Equal(IngredientTraits.Celery, c.MayContain);
    }

    [Fact]
    public void Classify_FillingBeforeDish_ReplacesTheDefaultFillingNotTheCasing()
    {
        var vegetable = Table.Classify("vegetable samosa");
        var paneer = Table.Classify("paneer samosa");

        Assert.Equal(IngredientTraits.Gluten | IngredientTraits.Grain, vegetable.Traits);
        Assert.Equal(IngredientTraits.None, vegetable.MayContain);
        Assert.Equal(IngredientTraits.Gluten | IngredientTraits.Grain | IngredientTraits.Dairy, paneer.Traits);
        Assert.Equal(IngredientTraits.Meat, Table.Classify("samosa").MayContain);
    }

    [Fact]
    public void Classify_MockBase_MeatAlternativeThatMayHoldSoyAndWheat()
    {
        var c = Table.Classify("tofu chicken");

        Assert.Equal(IngredientTraits.Soy, c.Traits);
        Assert.Equal(IngredientTraits.Gluten, c.MayContain & IngredientTraits.Gluten);
    }

    [Fact]
    public void Classify_StarchBase_NoWheatNoEgg()
    {
        var c = Table.Classify("rice noodles");

        Assert.Equal(IngredientTraits.Grain, c.Traits);
        Assert.Equal(IngredientTraits.None, c.MayContain);
    }

    [Fact]
    public void Classify_MixedStarchBase_WheatBecomesMayContain()
    {
        var c = Table.Classify("buckwheat noodles");

        Assert.Equal(IngredientTraits.Grain, c.Traits);
        Assert.Equal(IngredientTraits.Gluten | IngredientTraits.Egg, c.MayContain & (IngredientTraits.Gluten | IngredientTraits.Egg));
        Assert.Contains(c.Notes, n => n.Contains("often mixed with wheat", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("100% buckwheat noodles")]
    [InlineData("100 % buckwheat noodles")]
    [InlineData("pure buckwheat noodles")]
    public void Classify_MixedStarchBaseSaidToBeAllOfIt_NoWheat(string name) =>
        Assert.Equal(IngredientTraits.None, Table.Classify(name).MayContain & IngredientTraits.Gluten);

    [Theory]
    [InlineData("vermicelli rice noodles")] // the vermicelli is the shape of the rice noodles, not wheat vermicelli
    [InlineData("rice noodles vermicelli")]
    public void Classify_HeadNextToABasedHeadOfItsKind_SharesTheBase(string name) =>
        Assert.Equal(IngredientTraits.Grain, Table.Classify(name).Traits);

    [Fact]
    public void Classify_HeadNextToAFoodThatIsNoBase_KeepsItsDefault() =>
        Assert.Equal(IngredientTraits.Gluten | IngredientTraits.Grain, Table.Classify("vermicelli garlic noodles").Traits & (IngredientTraits.Gluten | IngredientTraits.Grain));

    [Fact]
    public void Classify_QualifierRemovingAHeadsAnimalMakeUp_PlantVersionWithItsMayContain()
    {
        var c = Table.Classify("vegetarian oyster sauce");

        Assert.Equal(IngredientTraits.None, c.Traits);
        Assert.Equal(IngredientTraits.Soy | IngredientTraits.Gluten, c.MayContain & (IngredientTraits.Soy | IngredientTraits.Gluten));
        Assert.Contains(new TraitEvidence("oyster sauce", IngredientTraits.None, c.MayContain, "plant version"), c.Evidence);
    }

    [Fact]
    public void Classify_QualifierMakesADairyHeadPlant_MaySourcesOfTheDairySubstitute()
    {
        var c = Table.Classify("vegan cheese");

        Assert.Equal(IngredientTraits.None, c.Traits);
        Assert.Equal(IngredientTraits.TreeNut | IngredientTraits.Soy, c.MayContain);
        Assert.Equal(["cashew"], c.MaySources);
    }

    [Fact]
    public void Classify_GlutenFreeQualifierOnAStarchHead_StillAGrain()
    {
        // A gluten-free noodle is rice or corn: the qualifier takes the gluten, never the grain.
        var c = Table.Classify("gluten free noodles");

        Assert.Equal(IngredientTraits.Grain, c.Traits);
    }

    [Fact]
    public void Classify_QualifierBeforeABaseAndItsHead_ReachesBoth() =>
        Assert.Equal(IngredientTraits.TreeNut, Table.Classify("vegan almond cheese").Traits);

    [Theory]
    [InlineData("(vegan) cheese")]
    [InlineData("cheese (vegan)")]
    [InlineData("cheese, vegan")]
    public void Classify_LabelInBrackets_QualifiesItsOwnItem(string name) =>
        Assert.Equal(IngredientTraits.None, Table.Classify(name).Traits);

    [Fact]
    public void Classify_QualifierOnlyItemInAList_QualifiesItsNeighbourOnly() =>
        Assert.Equal(IngredientTraits.Meat, Table.Classify("pork and cheese, vegan").Traits);

    [Fact]
    public void Words_JoinedSpellingOfAPhrase_ReadAsItsWords()
    {
        Assert.Equal(["almond", "milk"], Table.Words("almondmilk"));
        Assert.Equal(IngredientTraits.TreeNut, Table.Classify("almondmilk").Traits);
    }

    [Fact]
    public void Words_JoinedSpellingOfTwoFoodWords_Split() =>
        Assert.Equal(["pork", "sausage"], Table.Words("porksausage"));

    [Theory]
    [InlineData("thickenrice")] // "thicken" is a verb, not a food word
    [InlineData("almo")] // too short to hold two words of three letters
    [InlineData("zzqmilk")]
    public void Words_UnknownWordThatIsNotTwoFoodWords_KeptWhole(string word) =>
        Assert.Equal([word], Table.Words(word));

    [Fact]
    public void Classify_CookingVerb_NeverGuessedToBeAFood()
    {
        // "thicken" is one letter from "chicken", but it is a word the tables know: not a food, and not meat.
        var c = Table.Classify("thicken");

        Assert.False(c.IsKnown);
        Assert.Equal(IngredientTraits.None, c.Traits);
        Assert.Empty(c.UnknownWords);
    }

    [Fact]
    public void Classify_Cut_AddsWhatItUsuallyHoldsWhateverItIsMadeOf()
    {
        var pork = Table.Classify("pork sausages");
        var tofu = Table.Classify("tofu sausages");
        var glutenFree = Table.Classify("gluten free pork sausages");

        Assert.Equal(IngredientTraits.Meat, pork.Traits);
        Assert.Equal(IngredientTraits.Gluten | IngredientTraits.Grain, pork.MayContain);
        Assert.Equal(IngredientTraits.Soy, tofu.Traits);
        Assert.Equal(IngredientTraits.Gluten | IngredientTraits.Grain, tofu.MayContain);
        Assert.Equal(IngredientTraits.Grain, glutenFree.MayContain);
        Assert.Contains(new TraitEvidence("sausage", IngredientTraits.None, IngredientTraits.Gluten | IngredientTraits.Grain, "what it usually holds"), pork.Evidence);
    }

    [Fact]
    public void WordsGiving_NamesTheWordsBehindATrait()
    {
        var c = Table.Classify("chicken and almond milk");

        Assert.Equal(["chicken"], c.WordsGiving(IngredientTraits.Meat));
        Assert.Equal(["almond", "almond milk"], c.WordsGiving(IngredientTraits.TreeNut | IngredientTraits.RefinedSugar));
        Assert.Empty(c.WordsGiving(IngredientTraits.Fish));
    }

    [Fact]
    public void Constructor_HeadThatIsNoFood_ErrorNamesTheLine()
    {
        var data = OntologyDataTests.Minimal(foods: "rice,Grain,,,gf,\n", heads: "noodle,gf,Gluten,,\n");

        Assert.Equal("heads.csv line 2: 'noodle' is not a food term of the food files", Assert.Throws<FormatException>(() => new IngredientOntology(data)).Message);
    }

    [Fact]
    public void Constructor_SameTermInTwoFoodFiles_ErrorNamesBoth()
    {
        var data = OntologyDataTests.Minimal(foods: "rice,Grain,,,,\n", dishes: "rice,Grain,,,,\n");

        Assert.Equal("dishes.csv line 2: 'rice' is already listed in foods.csv line 2", Assert.Throws<FormatException>(() => new IngredientOntology(data)).Message);
    }

    [Fact]
    public void FoodWords_WordsOfTermsAndCutsButNotDescriptors()
    {
        Assert.True(Table.IsFoodWord("oyster"));
        Assert.True(Table.IsFoodWord("sausage"));
        Assert.False(Table.IsFoodWord("thicken"));
        Assert.Contains("buckwheat", Table.FoodWords);
        Assert.DoesNotContain("unsweetened", Table.FoodWords);
    }

    [Fact]
    public void Classify_DairyAltBaseBeforeIceCream_IsThePlantVersion()
    {
        // Oat named before ice cream is what it is made of (Oatly): no milk, no egg; the ice cream's sugar and the
        // oat's own gluten risk stay.
        var c = Table.Classify("oat ice cream");

        Assert.True(c.IsKnown);
        Assert.Equal(IngredientTraits.Grain | IngredientTraits.RefinedSugar, c.Traits);
        Assert.True(c.MayContain.HasFlag(IngredientTraits.Gluten));
        Assert.False((c.Traits | c.MayContain).HasFlag(IngredientTraits.Dairy));
    }

    [Fact]
    public void Classify_MilkBaseThatIsOftenAFlavour_KeepsTheIceCreamsDairy()
    {
        // Coconut makes coconut milk, but "coconut ice cream" is as often a dairy ice cream of that flavour.
        var c = Table.Classify("coconut ice cream");

        Assert.True(c.Traits.HasFlag(IngredientTraits.Dairy));
    }
}
