using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.Tests.Ontology;

/// <summary>
/// How the ontology reads a name: head noun and cuts, negating qualifiers within their own part, stricter-only fuzzy
/// matching, and the explanation notes. Where a verdict depends on the table, a small hand-written table is used so the
/// expected reading follows from rows written here; otherwise the expectation is food knowledge.
/// </summary>
public class IngredientOntologyTests
{
    // Built for each test (not once per class), so every test that reads through it also runs the constructor: a
    // mutation tester then sees each test exercise the table-building code.
    private static IngredientOntology Small => new(OntologyDataTests.Minimal(
        foods: """
            chicken,Meat,,chicken,,bird
            soy sauce,Gluten Soy,,soy wheat,,brewed with wheat
            curry paste,none,Fish Crustacean,,,often shrimp paste
            cheese,Dairy,,milk,,
            gelatin,Meat,,?pork ?beef,,
            cauliflower,none,,,base,
            rice,none,,,,
            beans,none,,,,
            glass,none,,,,
            """,
        qualifiers: "vegan,Meat Fish Crustacean Mollusc Dairy Egg Honey,no animal ingredient\ngluten free,Gluten,no gluten\nmeatless,Meat,no meat\n",
        portions: "wing,Meat,a poultry cut\nfillet,Meat Fish,meat or fish\n",
        noise: "fresh,descriptor\nand,separator\nsauce,descriptor\nfree range,descriptor\n",
        abbreviations: "chkn,chicken\ncaul,cauliflower\n"));

    [Fact]
    public void Classify_Food_TraitsSourcesAndNote()
    {
        var c = Small.Classify("Fresh Chicken");

        Assert.True(c.IsKnown);
        Assert.Equal(IngredientTraits.Meat, c.Traits);
        Assert.Equal(["chicken"], c.MatchedTerms);
        Assert.Empty(c.UnknownWords);
        Assert.Equal(["fresh", "chicken"], c.Words);
        Assert.Equal(["chicken"], c.Sources);
        Assert.Equal(["'chicken' → Meat (bird)"], c.Notes);
        Assert.Equal("Fresh Chicken", c.Name);
    }

    [Fact]
    public void Classify_MayContain_KeptApartFromCertainTraits()
    {
        var c = Small.Classify("curry paste");

        Assert.Equal(IngredientTraits.None, c.Traits);
        Assert.Equal(IngredientTraits.Fish | IngredientTraits.Crustacean, c.MayContain);
        Assert.Equal(["'curry paste' → no restricted ingredient, may contain Fish, Crustacean (often shrimp paste)"], c.Notes);
    }

    [Fact]
    public void Classify_MaySources_ReadFromQuestionMarkedSources()
    {
        var c = Small.Classify("gelatin");

        Assert.Equal(["beef", "pork"], c.MaySources.Order(StringComparer.Ordinal));
        Assert.Empty(c.Sources);
    }

    [Fact]
    public void Classify_MayContainAlsoCertain_ReportedOnlyAsCertain()
    {
        // Pork (certainly meat) in a stock that may hold meat and celery: what is certain is not repeated as "may contain".
        var data = OntologyDataTests.Minimal(foods: "pork,Meat,,pork,,\nstock,none,Meat Celery,,,\n");
        var c = new IngredientOntology(data).Classify("pork stock");

        Assert.Equal(IngredientTraits.Meat, c.Traits);
        Assert.Equal(IngredientTraits.Celery, c.MayContain);
    }

    [Fact]
    public void Classify_CutWithNoBase_IsThatMeat()
    {
        var c = Small.Classify("fresh wings");

        Assert.Equal(IngredientTraits.Meat, c.Traits);
        Assert.Contains("'wing' with no plant base named → Meat (a poultry cut)", c.Notes);
    }

    [Fact]
    public void Classify_CutAfterNonMeatFood_MeatAdded()
    {
        // "soy sauce fillet" names a flavour, then a cut: the head noun says meat or fish.
        var c = Small.Classify("soy sauce fillet");

        // (Every cereal that holds gluten is a grain: Grain comes with Gluten.)
        Assert.Equal(IngredientTraits.Gluten | IngredientTraits.Soy | IngredientTraits.Meat | IngredientTraits.Fish | IngredientTraits.Grain, c.Traits);
    }

    [Fact]
    public void Classify_CutAfterMeat_NoExtraNote()
    {
        var c = Small.Classify("chicken wings");

        Assert.Equal(IngredientTraits.Meat, c.Traits);
        Assert.DoesNotContain(c.Notes, n => n.Contains("no plant base", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_CutOnPlantBase_StaysPlant()
    {
        var c = Small.Classify("cauliflower wings");

        Assert.Equal(IngredientTraits.None, c.Traits);
        Assert.True(c.IsKnown);
    }

    [Fact]
    public void Classify_CutOnFoodThatIsNotABase_BecomesMeat() =>
        // Rice is a plant but not a base that can carry a cut: "rice wings" is read the strict way.
        Assert.Equal(IngredientTraits.Meat, Small.Classify("rice wings").Traits);

    [Fact]
    public void Classify_QualifierRemovingOtherTraits_CutStillMeat() =>
        // "gluten free wings" are still chicken wings.
        Assert.Equal(IngredientTraits.Meat, Small.Classify("gluten free wings").Traits);

    [Fact]
    public void Classify_NegatingQualifier_RemovesItsTraitsAndSaysSo()
    {
        var c = Small.Classify("vegan cheese");

        Assert.Equal(IngredientTraits.None, c.Traits);
        Assert.Contains("'vegan' removes Dairy (no animal ingredient)", c.Notes);
    }

    [Fact]
    public void Classify_QualifierWithNothingToRemove_NoteWithoutRemoves()
    {
        var c = Small.Classify("vegan rice");

        Assert.Contains("'vegan' (no animal ingredient)", c.Notes);
        Assert.True(c.IsKnown);
    }

    [Fact]
    public void Classify_QualifierRemovesMayContainToo()
    {
        var c = Small.Classify("vegan curry paste");

        Assert.Equal(IngredientTraits.None, c.MayContain);
        Assert.Contains("'vegan' removes Fish, Crustacean (no animal ingredient)", c.Notes);
    }

    [Fact]
    public void Classify_QualifierOnlyPart_QualifiesThePartBefore()
    {
        var c = Small.Classify("soy sauce, gluten free");

        // Gluten-free soy sauce holds no gluten, but is still brewed from a grain.
        Assert.Equal(IngredientTraits.Soy | IngredientTraits.Grain, c.Traits);
    }

    [Fact]
    public void Classify_QualifierInAnotherPart_DoesNotReachIt()
    {
        var c = Small.Classify("chicken and vegan cheese");

        Assert.Equal(IngredientTraits.Meat, c.Traits);
        Assert.Equal(["chicken", "cheese"], c.MatchedTerms);
    }

    [Fact]
    public void Classify_PartWithUnknownWord_NotMergedIntoThePartBefore()
    {
        // "chicken, vegan zzq": the second part has a word nobody knows; its qualifier stays there.
        var c = Small.Classify("chicken, vegan zzq");

        Assert.Equal(IngredientTraits.Meat, c.Traits);
        Assert.False(c.IsKnown);
    }

    [Fact]
    public void Classify_PartWithOnlyACut_NotMergedIntoThePartBefore() =>
        // "cauliflower, wings": two items; the wings are meat.
        Assert.Equal(IngredientTraits.Meat, Small.Classify("cauliflower, wings").Traits);

    [Fact]
    public void Classify_CompoundWordsInAnotherOrder_StricterOnly()
    {
        var c = Small.Classify("sauce, soy");

        Assert.Equal(IngredientTraits.Gluten | IngredientTraits.Soy | IngredientTraits.Grain, c.Traits);
        Assert.Contains("words of 'soy sauce' in another order → Gluten, Soy, Grain (brewed with wheat)", c.Notes);
        Assert.Contains("wheat", c.Sources);
    }

    [Fact]
    public void Classify_CompoundWordsInAnotherOrder_MayContainAddedToo()
    {
        var c = Small.Classify("paste of curry");

        Assert.Equal(IngredientTraits.Fish | IngredientTraits.Crustacean, c.MayContain);
    }

    [Fact]
    public void Classify_CompoundNamedDirectly_NotCountedTwice()
    {
        var c = Small.Classify("soy sauce");

        Assert.DoesNotContain(c.Notes, n => n.Contains("another order", StringComparison.Ordinal));
        Assert.Single(c.Notes);
    }

    [Theory]
    [InlineData("chiken")] // a letter dropped
    [InlineData("chickem")] // a letter replaced
    [InlineData("chickens2x")] // unknown word that starts with the term
    [InlineData("roastchicken")] // ends with it
    public void Classify_NearSpellingOfMeat_MeatButNotKnown(string name)
    {
        var c = Small.Classify(name);

        Assert.Equal(IngredientTraits.Meat, c.Traits);
        Assert.False(c.IsKnown);
        Assert.Equal([name], c.UnknownWords);
        Assert.Contains("chicken", c.Sources);
    }

    [Fact]
    public void Classify_NearSpelling_NoteSaysWhichTerm() =>
        Assert.Contains("'chiken' looks like 'chicken' → Meat (spelling variant, treated as that food)", Small.Classify("chiken").Notes);

    [Theory]
    [InlineData("chi")] // too short to guess
    [InlineData("zzzzzzz")]
    [InlineData("kitchen")] // four edits from chicken
    [InlineData("chikn")] // two edits, but a five-letter word may only be one edit away
    public void Classify_FarFromEveryTerm_NoTraits(string name)
    {
        var c = Small.Classify(name);

        Assert.Equal(IngredientTraits.None, c.Traits);
        Assert.False(c.IsKnown);
    }

    [Fact]
    public void Classify_NearSpelling_LongWordMayBeTwoEditsAway()
    {
        Assert.Equal(IngredientTraits.Meat, Small.Classify("chickkenn").Traits);
        Assert.Equal(IngredientTraits.Dairy, Small.Classify("cheeze").Traits);
    }

    [Fact]
    public void Classify_FuzzyTargetTooShort_NotGuessed()
    {
        // A four-letter term is embedded-only: "porc" is not pork, "porkbelly" is.
        var ontology = new IngredientOntology(OntologyDataTests.Minimal(foods: "pork,Meat,,pork,,\n"));

        Assert.Equal(IngredientTraits.None, ontology.Classify("porc").Traits);
        Assert.Equal(IngredientTraits.Meat, ontology.Classify("porkbelly").Traits);
    }

    [Fact]
    public void Classify_ThreeLetterFood_NeverAFuzzyTarget()
    {
        var ontology = new IngredientOntology(OntologyDataTests.Minimal(foods: "ham,Meat,,pork,,\n"));

        Assert.Equal(IngredientTraits.None, ontology.Classify("hamper").Traits);
    }

    [Fact]
    public void Classify_EmptyName_NotKnown()
    {
        var c = Small.Classify("");

        Assert.False(c.IsKnown);
        Assert.Empty(c.MatchedTerms);
    }

    [Fact]
    public void Classify_OnlyNoise_NotKnown() =>
        Assert.False(Small.Classify("fresh").IsKnown);

    [Fact]
    public void Classify_SameNameTwice_SameReading()
    {
        var ontology = Small;
        Assert.Same(ontology.Classify("chicken wings"), ontology.Classify("chicken wings"));
    }

    [Fact]
    public void Classify_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Small.Classify(null!));

    [Theory]
    [InlineData("Chkn Wings 2lb", "chicken|wing")]
    [InlineData("caul", "cauliflower")]
    [InlineData("free range chicken", "freerange|chicken")]
    [InlineData("chicken free range", "chicken|freerange")]
    [InlineData("chicken, free", "chicken|,|free")]
    [InlineData("fillets", "fillet")]
    [InlineData("cheeses", "cheese")]
    [InlineData("peaches", "peach")]
    [InlineData("glasses", "glass")]
    public void Words_AbbreviationsExpandedPluralsFolded(string name, string expected) =>
        Assert.Equal(expected.Split('|'), Small.Words(name));

    [Fact]
    public void Words_AbbreviationThatIsAKnownWord_NotExpanded()
    {
        var ontology = new IngredientOntology(OntologyDataTests.Minimal(foods: "bf,none,,,,\n", abbreviations: "bf,beef\n"));

        Assert.Equal(["bf"], ontology.Words("bf"));
    }

    [Fact]
    public void Words_PluralInVesOrEs_ReadAsTheTablesWord()
    {
        var ontology = new IngredientOntology(OntologyDataTests.Minimal(foods: "loaf,Gluten,,,,\nbox,none,,,,\ntomato,none,,,,\nleaf,none,,,,\nbean,none,,,,\n"));

        Assert.Equal(["loaf", "box", "tomato", "leaf", "bean"], ontology.Words("loaves boxes tomatoes leaves beans"));
    }

    [Fact]
    public void IsKnownWord_WordsOfEveryTable()
    {
        Assert.True(Small.IsKnownWord("soy"));
        Assert.True(Small.IsKnownWord("sauce"));
        Assert.True(Small.IsKnownWord("wing"));
        Assert.True(Small.IsKnownWord("vegan"));
        Assert.True(Small.IsKnownWord("free"));
        Assert.False(Small.IsKnownWord("chkn"));
        Assert.False(Small.IsKnownWord("zzq"));
    }

    [Fact]
    public void TermCount_FoodRows() =>
        Assert.Equal(9, Small.TermCount);

    [Theory]
    [InlineData("tomatoes", "tomato")]
    [InlineData("berries", "berry")]
    [InlineData("peaches", "peach")]
    [InlineData("dishes", "dish")]
    [InlineData("boxes", "box")]
    [InlineData("eggs", "egg")]
    [InlineData("ribs", "rib")]
    [InlineData("glass", "glass")]
    [InlineData("hummus", "hummus")]
    [InlineData("peas", "pea")]
    [InlineData("gas", "gas")]
    [InlineData("kale", "kale")]
    [InlineData("pies", "pie")]
    public void Singular_EnglishPlurals(string word, string expected) =>
        Assert.Equal(expected, IngredientOntology.Singular(word));

    [Theory]
    [InlineData("chicken", "chicken", 2, 0)]
    [InlineData("chicken", "chiken", 2, 1)]
    [InlineData("chiken", "chicken", 2, 1)]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("shrimp", "shirmp", 2, 2)]
    [InlineData("abc", "xyz", 1, 2)] // over the limit: limit + 1
    [InlineData("a", "abcd", 1, 2)] // lengths too far apart
    [InlineData("", "", 0, 0)]
    [InlineData("", "ab", 2, 2)]
    [InlineData("flour", "floor", 1, 1)]
    [InlineData("abcdef", "badcfe", 5, 4)]
    public void EditDistance_Levenshtein_Bounded(string a, string b, int limit, int expected) =>
        Assert.Equal(expected, IngredientOntology.EditDistance(a, b, limit));

    [Fact]
    public void EditDistance_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => IngredientOntology.EditDistance(null!, "a", 1));
        Assert.Throws<ArgumentNullException>(() => IngredientOntology.EditDistance("a", null!, 1));
        Assert.Throws<ArgumentNullException>(() => IngredientOntology.Singular(null!));
    }

    [Fact]
    public void Classify_EightLetterWordTwoEditsAway_Caught() =>
        // "chikkenn" has eight letters, two edits from chicken: long words may be two edits away.
        Assert.Equal(IngredientTraits.Meat, Small.Classify("chikkenn").Traits);

    [Fact]
    public void Classify_FourLetterWordOneEditFromAFiveLetterTerm_Caught()
    {
        var ontology = new IngredientOntology(OntologyDataTests.Minimal(foods: "bacon,Meat,,pork,,\n"));

        Assert.Equal(IngredientTraits.Meat, ontology.Classify("bacn").Traits);
        Assert.Equal(IngredientTraits.None, ontology.Classify("bac").Traits);
    }

    [Fact]
    public void Classify_NearSpellingOfATraitFreeFood_NoNote()
    {
        // Only terms that carry traits are guessed at: "beanz" is not read as beans (which would change nothing).
        var c = Small.Classify("beanz");

        Assert.Empty(c.Notes);
        Assert.Empty(c.Sources);
    }

    [Fact]
    public void Classify_CompoundWordsPresentButTraitsAlreadyThere_NoExtraNote()
    {
        var ontology = new IngredientOntology(OntologyDataTests.Minimal(foods: "soy sauce,Soy,,,,\ntamari,Soy,,,,\n"));
        var c = ontology.Classify("tamari sauce soy");

        Assert.Equal(IngredientTraits.Soy, c.Traits);
        Assert.Single(c.Notes);
    }

    [Fact]
    public void Classify_Separator_NotAWordOfTheName() =>
        Assert.Equal(["chicken", "rice"], Small.Classify("chicken, rice").Words);

    [Fact]
    public void Words_KnownPluralWithUnknownSingular_KeptAsWritten()
    {
        var ontology = new IngredientOntology(OntologyDataTests.Minimal(foods: "oats,Gluten,,,,\n"));

        Assert.Equal(["oats"], ontology.Words("oats"));
        Assert.Equal(IngredientTraits.Gluten | IngredientTraits.Grain, ontology.Classify("Oats").Traits);
    }

    [Fact]
    public void Words_OnlyPluralsFolded_NotOtherWordsEndingInS() =>
        // A three-letter word is never folded, even when the table knows a shorter word.
        Assert.Equal(["gas"], new IngredientOntology(OntologyDataTests.Minimal(foods: "ga,none,,,,\n")).Words("gas"));

    [Fact]
    public void Classify_QualifierOnAnUnreadWord_ReachesItsGuess()
    {
        var c = Small.Classify("vegan chiken");

        Assert.Equal(IngredientTraits.None, c.Traits);
        Assert.Contains("'vegan' removes Meat (no animal ingredient)", c.Notes);
        Assert.Contains("'vegan' (no animal ingredient)", Small.Classify("vegan zzq").Notes);
    }

    [Fact]
    public void Classify_QualifierThatIsNotAboutMeat_CutStillMeatWithoutThatTrait()
    {
        var ontology = new IngredientOntology(OntologyDataTests.Minimal(
            foods: "rice,none,,,,\n", qualifiers: "fish free,Fish,no fish\n", portions: "fillet,Meat Fish,meat or fish\n"));

        // "fish free fillets": no fish, so meat fillets.
        Assert.Equal(IngredientTraits.Meat, ontology.Classify("fish free fillets").Traits);
    }

    private static IngredientOntology WithSubstitute => new(OntologyDataTests.Minimal(
        foods: "cheese,Dairy,,milk,,\nmeat substitute,none,Dairy Egg Gluten Soy Mustard Celery,,base,soy or wheat protein\n",
        qualifiers: "vegan,Meat Fish Crustacean Mollusc Dairy Egg Honey,no animal ingredient\nmeatless,Meat,no meat\n",
        portions: "mince,Meat,ground meat\nnugget,Meat,chicken or fish\n"));

    [Fact]
    public void Classify_CutMadePlantByAQualifier_IsTheTablesMeatSubstitute()
    {
        var c = WithSubstitute.Classify("vegan mince");

        Assert.True(c.IsKnown);
        Assert.Equal(["meat substitute"], c.MatchedTerms);
        Assert.Equal(IngredientTraits.None, c.Traits);
        Assert.Equal(IngredientTraits.Gluten | IngredientTraits.Soy | IngredientTraits.Mustard | IngredientTraits.Celery | IngredientTraits.Grain, c.MayContain);
        Assert.Equal(
            [
                "'mince' with no meat is a meat substitute → no restricted ingredient, may contain Dairy, Egg, Gluten, Soy, Celery, Mustard, Grain (soy or wheat protein)",
                "'vegan' removes Meat, Dairy, Egg (no animal ingredient)",
            ],
            c.Notes);
    }

    [Fact]
    public void Classify_CutMadeMeatlessOnly_SubstituteKeepsEggAndMilk() =>
        Assert.Equal(
            IngredientTraits.Dairy | IngredientTraits.Egg | IngredientTraits.Gluten | IngredientTraits.Soy | IngredientTraits.Mustard | IngredientTraits.Celery | IngredientTraits.Grain,
            WithSubstitute.Classify("meatless nuggets").MayContain);

    [Fact]
    public void Classify_CutWithAFoodOrAnUnreadWord_NoSubstitute()
    {
        Assert.Equal(["cheese"], WithSubstitute.Classify("vegan cheese nuggets").MatchedTerms);
        Assert.Empty(WithSubstitute.Classify("vegan zzq nuggets").MatchedTerms);
    }

    [Fact]
    public void Classify_NoSubstituteInTheTable_CutWithQualifierNotKnown()
    {
        var c = Small.Classify("vegan wings");

        Assert.False(c.IsKnown);
        Assert.Equal(IngredientTraits.None, c.Traits);
    }

    [Fact]
    public void Constructor_NullData_Throws() =>
        Assert.Equal("data", Assert.Throws<ArgumentNullException>(() => new IngredientOntology(null!)).ParamName);

    [Fact]
    public void Classify_NullName_ThrowsNamingIt() =>
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => Small.Classify(null!)).ParamName);

    [Fact]
    public void Classify_CompoundWordsInAnotherOrder_MaySourcesAdded()
    {
        var ontology = new IngredientOntology(OntologyDataTests.Minimal(foods: "chicken stock,Meat,Celery,chicken ?beef,,\n"));

        Assert.Equal(["beef"], ontology.Classify("stock, chicken").MaySources);
    }

    [Fact]
    public void Classify_TwoQualifiersAfterTheFood_BothReachIt()
    {
        var ontology = new IngredientOntology(OntologyDataTests.Minimal(
            foods: "bread,Gluten,Egg,wheat,,\n", qualifiers: "vegan,Egg,no egg\ngluten free,Gluten,no gluten\n"));

        // Gluten-free bread is still made of a grain.
        Assert.Equal(IngredientTraits.Grain, ontology.Classify("bread vegan gluten free").Traits | ontology.Classify("bread vegan gluten free").MayContain);
    }

    [Fact]
    public void Classify_FoodWithoutANote_NoteWithoutBrackets() =>
        Assert.Equal(["'rice' → no restricted ingredient"], Small.Classify("rice").Notes);

    [Theory]
    [InlineData("begs", "beg")] // only words in -es drop two letters ("be" is in the table)
    [InlineData("oafs", "oaf")] // only words in -ves become -f ("of" is in the table)
    public void Words_PluralFolding_OnlyForItsOwnEnding(string word, string expected) =>
        Assert.Equal([expected], new IngredientOntology(OntologyDataTests.Minimal(foods: "be,none,,,,\nof,none,,,,\n")).Words(word));
}
