using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.Tests.Ontology;

/// <summary>
/// Reading a profile as a new user writes it: an allergy or constraint the guard cannot read is refused, never matched
/// as a literal word; a misspelling is corrected only when one word is nearest, and the reading says so. Expected
/// readings are the words a person meant (food knowledge), and the small tables below make the candidates explicit.
/// </summary>
public class DietProfileReaderTests
{
    // "lime" and "lima" are both one edit from "limx"; "kiwi" is a single food, not an allergen group.
    private static OntologyData Small => OntologyDataTests.Minimal(
        foods: "peanut,Peanut,,peanut,,\npecan,TreeNut,,pecan,,\nkiwi,none,,kiwi,,\nstrawberry,none,,,,\nlime,none,,,,\nlima,none,,,,\n",
        noise: "raw,descriptor\n",
        allergens: "peanut,Peanut,peanuts\npecan,TreeNut,tree nut\nsesame,Sesame,sesame\nshellfish,Crustacean Mollusc,both\nmilk,Dairy,milk\n",
        constraints: "veggie,vegetarian\n");

    [Fact]
    public void Read_MisspeltAllergyOneWordAway_ReadAsThatWordAndSaid()
    {
        var reading = DietProfileReader.Read([], ["penuts"]);

        Assert.True(reading.IsValid);
        Assert.Equal(IngredientTraits.Peanut, Assert.Single(reading.Request!.Allergies).Traits);
        var note = Assert.Single(reading.Notes);
        Assert.Equal(new DietProfileNote("allergies", 0, "penuts", "peanut"), note);
        Assert.Equal("allergies[0]: 'penuts' read as 'peanut'", note.ToString());
        Assert.Equal(["allergies[0]: 'penuts' read as 'peanut'"], reading.Request.Corrections);
    }

    [Theory]
    [InlineData("shelfish", "shellfish", IngredientTraits.Crustacean | IngredientTraits.Mollusc)] // eight letters: two edits allowed
    [InlineData("sesmae", "sesame", IngredientTraits.Sesame)] // two letters swapped count as one edit
    [InlineData("I am allergic to penut", "peanut", IngredientTraits.Peanut)]
    public void Read_MisspeltGroup_Corrected(string text, string meant, IngredientTraits traits)
    {
        var reading = DietProfileReader.Read([], [text], Small);

        Assert.Equal(meant, Assert.Single(reading.Notes).ReadAs);
        Assert.Equal(traits, Assert.Single(reading.Request!.Allergies).Traits);
    }

    [Fact]
    public void Read_WordTwoCandidatesAreEquallyNear_RefusedNamingBoth()
    {
        var reading = DietProfileReader.Read([], ["limx"], Small);

        Assert.False(reading.IsValid);
        Assert.Null(reading.Request);
        Assert.Empty(reading.Notes);
        var error = Assert.Single(reading.Errors);
        Assert.Equal(("allergies", 0, "limx"), (error.Field, error.Index, error.Value));
        Assert.Equal(["lima", "lime"], error.Suggestions.Order());
        Assert.StartsWith("'limx' in 'limx' is not a food or allergen group the guard knows (it is as near to ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WordNearNothing_RefusedWithTheNearestAllergenGroups()
    {
        var reading = DietProfileReader.Read([], ["unicorn"]);

        var error = Assert.Single(reading.Errors);
        Assert.StartsWith("'unicorn' in 'unicorn' is not a food or allergen group the guard knows (nearest allergen groups: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Suggestions.Count);
        Assert.Equal("allergies[0]: " + error.Message, error.ToString());
    }

    [Fact]
    public void Read_ShortUnknownWord_NeverGuessed()
    {
        // Three letters are too few to correct at all ("soi" could be soy or soil).
        var reading = DietProfileReader.Read([], ["zzz"], Small);

        Assert.False(reading.IsValid);
        Assert.Empty(reading.Notes);
    }

    [Fact]
    public void Read_UnknownWordThatSplitsIntoFoods_StillRefused()
    {
        // A pantry name may split "almondmilk"; an allergy is never read as two foods it was not written as.
        var data = OntologyDataTests.Minimal(foods: "uni,Fish,,,,\ncorn,Grain,,,,\n", allergens: "fish,Fish,fish\n");

        Assert.False(DietProfileReader.Read([], ["unicorn"], data).IsValid);
    }

    [Fact]
    public void Read_DescriptorsDropped_TheFoodRemains()
    {
        var reading = DietProfileReader.Read([], ["raw strawberries", "kiwi"], Small);

        Assert.Equal([["strawberry"], ["kiwi"]], reading.Request!.Allergies.Select(a => a.Foods));
        Assert.Empty(reading.Notes);
    }

    [Fact]
    public void Read_EveryBadEntry_EachItsOwnError()
    {
        var reading = DietProfileReader.Read(["vegan", "atkins", " "], ["peanut", "zzzq", ""], Small);

        Assert.Equal(
            [("constraints", 1), ("constraints", 2), ("allergies", 1), ("allergies", 2)],
            reading.Errors.Select(e => (e.Field, e.Index)));
        Assert.Equal("empty constraint name", reading.Errors[1].Message);
        Assert.Equal("empty allergy", reading.Errors[3].Message);
        Assert.Empty(reading.Errors[1].Suggestions);
    }

    [Fact]
    public void Read_AllergyOfOnlyFillerWords_NamesNoFood()
    {
        var error = Assert.Single(DietProfileReader.Read([], ["I have a severe allergy"], Small).Errors);

        Assert.Equal("'I have a severe allergy' names no food or allergen group", error.Message);
        Assert.Equal(["peanut", "pecan", "sesame"], error.Suggestions);
    }

    [Theory]
    [InlineData("vegeterian", DietaryConstraint.Vegetarian)]
    [InlineData("ketto", DietaryConstraint.Keto)]
    [InlineData("Glutenfre", DietaryConstraint.GlutenFree)]
    [InlineData("pescetarain", DietaryConstraint.Pescatarian)] // two edits in eleven letters
    public void Read_MisspeltConstraint_CorrectedAndSaid(string text, DietaryConstraint meant)
    {
        var reading = DietProfileReader.Read([text], []);

        Assert.Equal([meant], reading.Request!.Constraints);
        Assert.Equal(new DietProfileNote("constraints", 0, text, meant.Tag()), Assert.Single(reading.Notes));
    }

    [Fact]
    public void Read_UnknownConstraint_RefusedWithTheNearestTags()
    {
        var error = Assert.Single(DietProfileReader.Read(["vegetable"], [], Small).Errors);

        // Nine letters allow two edits; "vegetarian", the nearest name, is four away: refused, and suggested first.
        Assert.Equal("constraints", error.Field);
        Assert.Equal("vegetarian", error.Suggestions[0]);
        Assert.EndsWith($"; nearest: {string.Join(", ", error.Suggestions)}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SynonymsOfOneConstraintEquallyNear_StillOneMeaning()
    {
        // "veggi" is one edit from "veggie" only; both spellings would mean vegetarian anyway.
        Assert.Equal([DietaryConstraint.Vegetarian], DietProfileReader.Read(["veggi"], [], Small).Request!.Constraints);
    }

    [Fact]
    public void Read_DuplicateConstraintsAndAllergies_KeptOnce()
    {
        var request = DietProfileReader.Read(["vegan", "VEGAN", "plant based"], ["peanuts", "peanut"]).Request!;

        Assert.Equal([DietaryConstraint.Vegan], request.Constraints);
        Assert.Single(request.Allergies);
    }

    [Fact]
    public void Read_NothingGiven_EmptyValidRequest()
    {
        var reading = DietProfileReader.Read(null, null);

        Assert.True(reading.IsValid);
        Assert.True(reading.Request!.IsEmpty);
    }

    [Fact]
    public void Parse_Misspelling_CorrectedSilentlyOnlyInTheReturnedCorrections()
    {
        var request = DietaryRequest.Parse(["vegeterian"], ["sesmae"]);

        Assert.Equal([DietaryConstraint.Vegetarian], request.Constraints);
        Assert.Equal(["constraints[0]: 'vegeterian' read as 'vegetarian'", "allergies[0]: 'sesmae' read as 'sesame'"], request.Corrections);
    }

    [Fact]
    public void Parse_Unreadable_ThrowsTheFirstErrorWithItsWord()
    {
        var ex = Assert.Throws<DietaryRequestException>(() => DietaryRequest.Parse([], ["peanuts", "unicorn dust"]));

        Assert.Equal(("allergies", 1, "unicorn dust"), (ex.Field, ex.Index, ex.Value));
        Assert.Contains("'unicorn'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseAllergy_Unreadable_Throws() =>
        Assert.Equal("allergies", Assert.Throws<DietaryRequestException>(() => DietaryRequest.ParseAllergy("unicorn")).Field);

    [Fact]
    public void Policy_MisspeltAllergy_ForbidsWhatWasMeant()
    {
        // Issue 19's report: "penuts" was matched as a literal word, so satay sauce came out allowed.
        var policy = DietaryPolicy.Parse(["vegan"], ["penuts"]);

        Assert.Equal(ComplianceStatus.Forbidden, policy.Check("satay sauce").Status);
        Assert.Equal(ComplianceStatus.Forbidden, policy.Check("peanut butter").Status);
    }

    [Theory]
    [InlineData("sesame", "sesmae", 5, 1)] // neighbours swapped
    [InlineData("peanut", "penut", 5, 1)]
    [InlineData("kitten", "sitting", 5, 3)]
    [InlineData("abc", "abc", 0, 0)]
    [InlineData("abcd", "badc", 5, 2)]
    [InlineData("a", "abcd", 1, 2)] // lengths too far apart: limit + 1
    [InlineData("abcdef", "zyxwvu", 2, 3)] // over the limit: limit + 1
    [InlineData("", "ab", 2, 2)]
    public void TypoDistance_OptimalStringAlignment(string a, string b, int limit, int expected) =>
        Assert.Equal(expected, PantryPilot.Domain.Text.EditDistance.OptimalStringAlignment(a, b, limit));

    [Fact]
    public void TypoDistance_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => PantryPilot.Domain.Text.EditDistance.OptimalStringAlignment(null!, "a", 1));
        Assert.Throws<ArgumentNullException>(() => PantryPilot.Domain.Text.EditDistance.OptimalStringAlignment("a", null!, 1));
    }

    [Theory]
    [InlineData(3, 0)]
    [InlineData(4, 1)]
    [InlineData(7, 1)]
    [InlineData(8, 2)]
    [InlineData(12, 2)]
    public void TypoLimit_ByLength(int length, int expected) =>
        Assert.Equal(expected, DietProfileReader.TypoLimit(length));
}
