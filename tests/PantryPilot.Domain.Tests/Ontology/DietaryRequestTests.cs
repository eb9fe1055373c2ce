using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.Tests.Ontology;

/// <summary>The dietary side of a request: constraint names and free-text allergies, typed or rejected naming the field.</summary>
public class DietaryRequestTests
{
    [Theory]
    [InlineData("atkins", 0)]
    [InlineData("", 0)]
    public void DietaryRequestParse_BadConstraint_ExceptionCarriesFieldIndexValue(string name, int index)
    {
        var ex = Assert.Throws<DietaryRequestException>(() => DietaryRequest.Parse([name], []));
        Assert.Equal("constraints", ex.Field);
        Assert.Equal(index, ex.Index);
        Assert.Equal(name, ex.Value);
    }

    [Fact]
    public void DietaryRequestParse_NullEntry_Error() =>
        Assert.Equal("allergies", Assert.Throws<DietaryRequestException>(() => DietaryRequest.Parse([], [null])).Field);

    [Theory]
    [InlineData("shellfish allergy", IngredientTraits.Crustacean | IngredientTraits.Mollusc)]
    [InlineData("tree nuts", IngredientTraits.TreeNut)]
    [InlineData("cow's milk", IngredientTraits.Dairy)]
    [InlineData("Cow’s Milk", IngredientTraits.Dairy)]
    [InlineData("lactose intolerant", IngredientTraits.Dairy)]
    [InlineData("celiac", IngredientTraits.Gluten)]
    [InlineData("Coeliac disease", IngredientTraits.Gluten)]
    [InlineData("allergic to peanuts", IngredientTraits.Peanut)]
    [InlineData("egg whites", IngredientTraits.Egg)]
    [InlineData("sulphites", IngredientTraits.Sulphite)]
    [InlineData("crustaceans", IngredientTraits.Crustacean)]
    [InlineData("molluscs", IngredientTraits.Mollusc)]
    [InlineData("mustard", IngredientTraits.Mustard)]
    [InlineData("lupin", IngredientTraits.Lupin)]
    [InlineData("soya", IngredientTraits.Soy)]
    public void ParseAllergy_GroupInFreeText_Traits(string text, IngredientTraits expected)
    {
        var allergy = Assert.Single(DietaryRequest.ParseAllergy(text));
        Assert.Equal(expected, allergy.Traits);
        Assert.Empty(allergy.Foods);
    }

    [Theory]
    [InlineData("pork", "pork")]
    [InlineData("kiwi", "kiwi")]
    [InlineData("allergic to strawberries", "strawberry")]
    public void ParseAllergy_SingleFood_Foods(string text, string food)
    {
        var allergy = Assert.Single(DietaryRequest.ParseAllergy(text));
        Assert.Equal(IngredientTraits.None, allergy.Traits);
        Assert.Equal([food], allergy.Foods);
    }

    [Fact]
    public void ParseAllergy_List_OneAllergyEach()
    {
        var allergies = DietaryRequest.ParseAllergy("peanuts, shellfish and eggs");
        Assert.Equal([IngredientTraits.Peanut, IngredientTraits.Shellfish, IngredientTraits.Egg], allergies.Select(a => a.Traits));
    }

    [Fact]
    public void Parse_UnknownConstraint_MessageNamesIndexValueAndTheSupportedTags()
    {
        var ex = Assert.Throws<DietaryRequestException>(() => DietaryRequest.Parse(["vegan", "atkins"], []));

        Assert.StartsWith(
            "constraints[1]: 'atkins' is not a supported dietary constraint (supported: vegetarian, vegan, pescatarian, dairy-free, gluten-free, nut-free, egg-free, shellfish-free, paleo, keto; synonyms such as 'dairy free', 'non-dairy', 'plant-based' work too); nearest: ",
            ex.Message,
            StringComparison.Ordinal);
        Assert.Equal(("constraints", 1, "atkins"), (ex.Field, ex.Index, ex.Value));
    }

    [Theory]
    [InlineData(new[] { "vegan", "  " }, "constraints[1]: empty constraint name")]
    [InlineData(new[] { "vegan", "vegan", "" }, "constraints[2]: empty constraint name")]
    public void Parse_BlankConstraint_IndexCountsEveryEntry(string[] constraints, string expected) =>
        Assert.Equal(expected, Assert.Throws<DietaryRequestException>(() => DietaryRequest.Parse(constraints, [])).Message);

    [Theory]
    [InlineData(new[] { "peanuts", "" }, "allergies[1]: empty allergy")]
    [InlineData(new[] { "peanuts", "kiwi", "allergic to" }, "allergies[2]: 'allergic to' names no food or allergen group")]
    [InlineData(new[] { "I have a severe allergy" }, "allergies[0]: 'I have a severe allergy' names no food or allergen group")]
    public void Parse_BadAllergy_MessageNamesIndex(string[] allergies, string expected)
    {
        var ex = Assert.Throws<DietaryRequestException>(() => DietaryRequest.Parse(["vegan"], allergies));

        Assert.Equal(expected, ex.Message);
        Assert.Equal("allergies", ex.Field);
    }

    [Fact]
    public void Parse_Synonyms_DuplicatesDroppedOrderKept()
    {
        var request = DietaryRequest.Parse(["Plant-Based", "gluten free", "VEGAN", "GF"], ["peanuts", "peanut allergy", "kiwi"]);

        Assert.Equal([DietaryConstraint.Vegan, DietaryConstraint.GlutenFree], request.Constraints);
        Assert.Equal(["peanut", "kiwi"], request.Allergies.Select(a => a.Text));
        Assert.Equal(["vegan", "gluten-free", "allergy:peanut", "allergy:kiwi"], request.Tags);
        Assert.False(request.IsEmpty);
    }

    [Fact]
    public void Parse_Nothing_EmptyRequest()
    {
        var request = DietaryRequest.Parse(null, null);

        Assert.True(request.IsEmpty);
        Assert.Empty(request.Tags);
        Assert.Equal(IngredientTraits.None, request.ForbiddenTraits);
        Assert.True(DietaryRequest.None.IsEmpty);
    }

    [Theory]
    [InlineData(new[] { "vegetarian" }, new string[0], IngredientTraits.AnimalFlesh)]
    [InlineData(new[] { "pescatarian" }, new[] { "sesame" }, IngredientTraits.Meat | IngredientTraits.Sesame)]
    [InlineData(new[] { "vegan", "nut-free" }, new string[0], IngredientTraits.AnimalFlesh | IngredientTraits.Dairy | IngredientTraits.Egg | IngredientTraits.Honey | IngredientTraits.TreeNut | IngredientTraits.Peanut)]
    [InlineData(new string[0], new[] { "milk", "eggs" }, IngredientTraits.Dairy | IngredientTraits.Egg)]
    public void ForbiddenTraits_UnionOfConstraintsAndAllergies(string[] constraints, string[] allergies, IngredientTraits expected) =>
        Assert.Equal(expected, DietaryRequest.Parse(constraints, allergies).ForbiddenTraits);

    [Fact]
    public void IsEmpty_OnlyAllergies_NotEmpty() =>
        Assert.False(DietaryRequest.Parse([], ["kiwi"]).IsEmpty);

    [Theory]
    [InlineData("I am allergic to Peanuts", "peanut")]
    [InlineData("severe shellfish allergy", "shellfish")]
    [InlineData("crustacean shellfish", "crustacean shellfish")]
    public void ParseAllergy_FillerWordsDropped_LabelFromWhatIsLeft(string text, string expected)
    {
        var allergy = Assert.Single(DietaryRequest.ParseAllergy(text));

        Assert.Equal(expected, allergy.Text);
        Assert.Equal("allergy:" + expected, allergy.Label);
    }

    [Theory]
    [InlineData("crustacean shellfish", IngredientTraits.Crustacean)] // the FDA's phrase: crustaceans only, not molluscs
    [InlineData("sulphur dioxide", IngredientTraits.Sulphite)]
    [InlineData("egg yolks", IngredientTraits.Egg)]
    [InlineData("sesame seeds", IngredientTraits.Sesame)]
    [InlineData("nuts", IngredientTraits.TreeNut | IngredientTraits.Peanut)]
    [InlineData("seafood", IngredientTraits.Fish | IngredientTraits.Crustacean | IngredientTraits.Mollusc)]
    [InlineData("wheat and dairy", null)]
    public void ParseAllergy_LongestGroupPhraseWins(string text, IngredientTraits? expected)
    {
        var allergies = DietaryRequest.ParseAllergy(text);
        if (expected is { } traits)
        {
            Assert.Equal(traits, Assert.Single(allergies).Traits);
        }
        else
        {
            Assert.Equal([IngredientTraits.Gluten, IngredientTraits.Dairy], allergies.Select(a => a.Traits));
        }
    }

    [Fact]
    public void ParseAllergy_GroupsAndFoodsMixed_EachPartItsOwnAllergy()
    {
        var allergies = DietaryRequest.ParseAllergy("nuts or pork; kiwi nor mango");

        Assert.Equal(["nut", "pork", "kiwi", "mango"], allergies.Select(a => a.Text));
        Assert.Equal([IngredientTraits.TreeNut | IngredientTraits.Peanut, IngredientTraits.None, IngredientTraits.None, IngredientTraits.None], allergies.Select(a => a.Traits));
        Assert.Equal(["pork"], allergies[1].Foods);
        Assert.Empty(allergies[0].Foods);
    }

    [Fact]
    public void ParseAllergy_GroupWithAFoodInOnePart_BothKept()
    {
        // "peanut kiwi" is one part naming a group and a food: both are forbidden.
        var allergy = Assert.Single(DietaryRequest.ParseAllergy("peanut kiwi"));

        Assert.Equal(IngredientTraits.Peanut, allergy.Traits);
        Assert.Equal(["kiwi"], allergy.Foods);
        Assert.Equal("peanut kiwi", allergy.Text);
    }

    [Fact]
    public void ParseAllergy_TwoWordFood_OneFood()
    {
        var allergy = Assert.Single(DietaryRequest.ParseAllergy("passion fruit"));

        Assert.Equal(["passion fruit"], allergy.Foods);
    }

    [Fact]
    public void ParseAllergy_OwnData_UsesItsAllergenTable()
    {
        // A table where "nightshade" is a group meaning Celery (a stand-in trait) proves the given data is read.
        var data = OntologyDataTests.Minimal(foods: "tomato,none,,,,\n", allergens: "nightshade,Celery,test group\n", abbreviations: "ns,nightshade\n");

        Assert.Equal(IngredientTraits.Celery, Assert.Single(DietaryRequest.ParseAllergy("nightshades", data)).Traits);
        Assert.Equal(IngredientTraits.Celery, Assert.Single(DietaryRequest.ParseAllergy("ns", data)).Traits); // its own abbreviations
        Assert.Equal(IngredientTraits.Celery, DietaryRequest.Parse([], ["nightshade"], data).ForbiddenTraits);
    }

    [Fact]
    public void ParseAllergy_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => DietaryRequest.ParseAllergy(null!));

    [Fact]
    public void Exception_Constructors_KeepMessageAndInner()
    {
        var inner = new InvalidOperationException("x");

        Assert.Equal("m", new DietaryRequestException("m").Message);
        Assert.Same(inner, new DietaryRequestException("m", inner).InnerException);
        Assert.Equal(string.Empty, new DietaryRequestException().Field);
        Assert.Equal("allergies[3]: bad", new DietaryRequestException("allergies", 3, "v", "bad").Message);
    }

    // The ways people write "allergy to peanuts": every word but the food says "allergy", so each reads as a peanut
    // allergy and nothing else (no stray single food such as "contain" or "m").
    [Theory]
    [InlineData("I am allergic to peanuts")]
    [InlineData("Im allergic to peanut")]
    [InlineData("I'm allergic to peanuts")]
    [InlineData("I've a peanut allergy")]
    [InlineData("I have an anaphylactic reaction to peanuts")]
    [InlineData("has peanut allergies")]
    [InlineData("peanut allergie")]
    [InlineData("peanut allergens")]
    [InlineData("peanut intolerant")]
    [InlineData("severe peanut intolerance")]
    [InlineData("mild peanut sensitivity")]
    [InlineData("sensitive to peanut")]
    [InlineData("peanut free")]
    [InlineData("no peanuts please")]
    [InlineData("peanut anaphylaxis")]
    [InlineData("peanut disease")]
    [InlineData("avoid peanut")]
    [InlineData("avoids peanuts")]
    [InlineData("all peanut products")]
    [InlineData("any kind of peanut product")]
    [InlineData("all kinds of peanut")]
    [InlineData("foods containing peanut")]
    [InlineData("food contains peanut")]
    [InlineData("with peanut")]
    [InlineData("strict: no peanut")]
    [InlineData("strictly no peanut")]
    [InlineData("my peanut allergy")]
    [InlineData("me: not peanut")]
    [InlineData("peanuts are a no")]
    [InlineData("peanut is a no")]
    [InlineData("cannot eat peanut")]
    [InlineData("can't eat peanut")]
    [InlineData("don't eat peanuts")]
    [InlineData("dont eat peanuts")]
    [InlineData("doesn't eat peanut")]
    [InlineData("doesnt eat peanut")]
    [InlineData("peanut derived")]
    [InlineData("peanut derivative")]
    [InlineData("peanut derivatives")]
    [InlineData("all types of peanut")]
    [InlineData("any type of peanut")]
    [InlineData("dietary requirement: peanut free diet")]
    public void ParseAllergy_AllergyWording_OnlyTheFoodRemains(string text)
    {
        var allergy = Assert.Single(DietaryRequest.ParseAllergy(text));

        Assert.Equal("peanut", allergy.Text);
        Assert.Equal(IngredientTraits.Peanut, allergy.Traits);
        Assert.Empty(allergy.Foods);
    }

    [Fact]
    public void ParseAllergy_TwoOverlappingGroupsInOnePart_Union() =>
        // "seafood fish": seafood already covers fish; naming fish again must not take it away.
        Assert.Equal(IngredientTraits.Fish | IngredientTraits.Crustacean | IngredientTraits.Mollusc, Assert.Single(DietaryRequest.ParseAllergy("seafood fish")).Traits);
}
