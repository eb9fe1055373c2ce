using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.Tests.Ontology;

/// <summary>
/// The CSV loader: every mistake a reviewer can make in a data file is an error naming the file, line and column; a
/// small hand-written table is read exactly as written (the expected readings below follow from the rows given, not
/// from the shipped data).
/// </summary>
public class OntologyDataTests
{
    private const string FoodsHeader = "term,traits,may_contain,sources,flags,note\n";

    /// <summary>Tables holding only the rows given (plus each file's header line).</summary>
    public static OntologyData Minimal(
        string foods,
        string qualifiers = "",
        string portions = "",
        string noise = "",
        string abbreviations = "",
        string allergens = "",
        string constraints = "",
        string heads = "",
        string dishes = "",
        string ranges = "") =>
        OntologyData.Load(file => file switch
        {
            "foods.csv" => FoodsHeader + foods,
            "kitchens.csv" or "brands.csv" => FoodsHeader,
            "dishes.csv" => FoodsHeader + dishes,
            "heads.csv" => "head,accepts,replaces,may_contain,note\n" + heads,
            "qualifiers.csv" => "phrase,removes,note\n" + qualifiers,
            "ranges.csv" => "phrase,removes,note\n" + ranges,
            "portions.csv" => "word,traits,may_contain,note\n" + WithEmptyMayContain(portions),
            "noise.csv" => "phrase,kind\n" + noise,
            "abbreviations.csv" => "abbreviation,expansion\n" + abbreviations,
            "allergens.csv" => "phrase,traits,note\n" + allergens,
            "constraints.csv" => "synonym,constraint\n" + constraints,
            _ => throw new FileNotFoundException(file),
        });

    /// <summary>Portion rows written as word,traits,note (most tests) get an empty may_contain column.</summary>
    private static string WithEmptyMayContain(string rows) => string.Join('\n', rows.Split('\n').Select(r =>
        r.Split(',').Length == 3 ? string.Join(',', r.Split(',')[0], r.Split(',')[1], string.Empty, r.Split(',')[2]) : r));

    private static FormatException LoadError(string file, string text) =>
        Assert.Throws<FormatException>(() => OntologyData.Load(f => f == file ? text : OntologyData.ReadEmbedded(f)));

    [Fact]
    public void Load_SmallTable_EveryColumnReadAsWritten()
    {
        var data = Minimal(
            foods: "# a comment line\r\nTofu,Soy,,soy,base milk,bean curd\r\n\r\nchicken stock,Meat,Gluten Celery,chicken ?beef,,stock, from bones\n",
            qualifiers: "vegan,Meat Dairy,no animal\n",
            portions: "wing,Meat,a cut\nsausage,Meat,Gluten,rusk, often\n",
            heads: "stock,broth filling,Meat Fish,Celery,a vegetable stock\n",
            noise: "fresh,descriptor\nand, separator \n",
            abbreviations: "chkn,Chicken\n",
            allergens: "shellfish,Crustacean Mollusc,both groups\n",
            constraints: "veggie, vegetarian \n");

        Assert.Equal(2, data.Foods.Count);
        var tofu = data.Foods[0];
        Assert.Equal(("tofu", IngredientTraits.Soy, IngredientTraits.None, true, "bean curd", 3), (tofu.Term, tofu.Traits, tofu.MayContain, tofu.IsPlantBase, tofu.Note, tofu.Line));
        Assert.Equal(["soy"], tofu.Sources);
        Assert.Empty(tofu.MaySources);
        var stock = data.Foods[1];
        Assert.Equal(["base", "milk"], tofu.Flags.Order());
        Assert.Equal("foods.csv", tofu.File);

        // A cereal that holds gluten is a grain: Grain comes with Gluten, certain or possible.
        Assert.Equal(("chicken stock", IngredientTraits.Meat, IngredientTraits.Gluten | IngredientTraits.Grain | IngredientTraits.Celery, false, "stock, from bones", 5), (stock.Term, stock.Traits, stock.MayContain, stock.IsPlantBase, stock.Note, stock.Line));
        Assert.Empty(stock.Flags);
        Assert.Equal(["chicken"], stock.Sources);
        Assert.Equal(["beef"], stock.MaySources);
        Assert.Equal(new QualifierEntry("vegan", IngredientTraits.Meat | IngredientTraits.Dairy, "no animal"), Assert.Single(data.Qualifiers));
        Assert.Equal(new PortionEntry("wing", IngredientTraits.Meat, "a cut"), data.Portions[0]);
        Assert.Equal(("sausage", IngredientTraits.Meat, IngredientTraits.Gluten | IngredientTraits.Grain, "rusk, often"), (data.Portions[1].Word, data.Portions[1].Traits, data.Portions[1].MayContain, data.Portions[1].Note));
        var head = Assert.Single(data.Heads);
        Assert.Equal(("stock", IngredientTraits.Meat | IngredientTraits.Fish, IngredientTraits.Celery, "a vegetable stock", 2), (head.Head, head.Replaces, head.MayContain, head.Note, head.Line));
        Assert.Equal(["broth", "filling"], head.Accepts.Order());
        Assert.Equal("descriptor", data.Noise["fresh"]);
        Assert.Equal("separator", data.Noise["and"]);
        Assert.Equal("chicken", data.Abbreviations["chkn"]);
        Assert.Equal(new AllergenEntry("shellfish", IngredientTraits.Shellfish, "both groups"), Assert.Single(data.Allergens));
        Assert.True(data.TryParseConstraint("Veggie", out var veggie));
        Assert.Equal(DietaryConstraint.Vegetarian, veggie);

        // Every tag is accepted even where constraints.csv does not list it: "veggie" plus the ten tags.
        Assert.Equal(11, data.ConstraintSynonyms.Count);
        Assert.True(data.TryParseConstraint("SHELLFISH_FREE", out var shellfish));
        Assert.Equal(DietaryConstraint.ShellfishFree, shellfish);
        Assert.False(data.TryParseConstraint(null, out _));
        Assert.False(data.TryParseConstraint("atkins", out _));
    }

    [Fact]
    public void Load_NoteColumnMissing_ReadAsEmpty()
    {
        var data = Minimal(foods: "rice,none,,,\n");

        Assert.Equal(string.Empty, Assert.Single(data.Foods).Note);
        Assert.Equal(IngredientTraits.None, data.Foods[0].Traits);
    }

    [Fact]
    public void Load_NoneBesideATrait_Ignored() =>
        Assert.Equal(IngredientTraits.Egg, Assert.Single(Minimal(foods: "mayo,none Egg,,,,\n").Foods).Traits);

    [Theory]
    [InlineData("rice,none\n", "foods.csv line 2: expected 6 columns, got 2: 'rice,none'")]
    [InlineData("rice,,,,,\n", "foods.csv line 2 column 2: traits missing (write 'none')")]
    [InlineData(",none,,,,\n", "foods.csv line 2 column 1: empty term")]
    [InlineData("rice,none,,,plant,\n", "foods.csv line 2 column 5: unknown flag 'plant' (expected base, mock, milk, broth, filling, gf, gf-mixed, dairy-alt or empty)")]
    [InlineData("rice,none,,,gf plant,\n", "foods.csv line 2 column 5: unknown flag 'plant' (expected base, mock, milk, broth, filling, gf, gf-mixed, dairy-alt or empty)")]
    [InlineData("rice,none,Meet,,,\n", "foods.csv line 2 column 3: unknown trait 'Meet'")]
    [InlineData("rice,3,,,,\n", "foods.csv line 2 column 2: unknown trait '3'")]
    [InlineData("rice,meat,,,,\n", "foods.csv line 2 column 2: unknown trait 'meat'")]
    public void Load_BadFoodRow_ErrorNamesFileLineColumn(string row, string expected) =>
        Assert.Equal(expected, LoadError("foods.csv", FoodsHeader + row).Message);

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n\n")]
    public void Load_EmptyFile_ErrorNamesTheFile(string text) =>
        Assert.Equal("qualifiers.csv: empty (no header line)", LoadError("qualifiers.csv", text).Message);

    [Fact]
    public void Load_UnknownConstraintTag_ErrorListsTheTags() =>
        Assert.Equal(
            "constraints.csv line 3 field constraint: 'atkins' is not one of vegetarian, vegan, pescatarian, dairy-free, gluten-free, nut-free, egg-free, shellfish-free, paleo, keto",
            LoadError("constraints.csv", "synonym,constraint\nveggie,vegetarian\nlow carb,atkins\n").Message);

    [Fact]
    public void Load_NullReader_Throws() =>
        Assert.Throws<ArgumentNullException>(() => OntologyData.Load(null!));

    [Fact]
    public void Ontology_SameFoodTwice_ErrorNamesBothLines()
    {
        var ex = Assert.Throws<FormatException>(() => new IngredientOntology(Minimal(foods: "rice,none,,,,\nbeans,none,,,,\nRice,none,,,,\n")));

        Assert.Equal("foods.csv line 4: 'rice' is already listed in foods.csv line 2", ex.Message);
    }

    [Fact]
    public void ReadEmbedded_UnknownFile_NamesIt()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => OntologyData.ReadEmbedded("recipes.csv"));

        Assert.Contains("'recipes.csv'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileNames_TheTwelveShippedFiles()
    {
        Assert.Equal(
            [
                "foods.csv", "kitchens.csv", "dishes.csv", "brands.csv", "heads.csv", "qualifiers.csv", "ranges.csv",
                "portions.csv", "noise.csv", "abbreviations.csv", "allergens.csv", "constraints.csv",
            ],
            OntologyData.FileNames);
        Assert.Equal(["foods.csv", "kitchens.csv", "dishes.csv", "brands.csv"], OntologyData.FoodFileNames);
        Assert.All(OntologyData.FileNames, f => Assert.NotEmpty(OntologyData.ReadEmbedded(f)));
    }

    [Theory]
    [InlineData("GLUTEN_FREE", "glutenfree")]
    [InlineData("Gluten-Free", "glutenfree")]
    [InlineData(" non dairy ", "nondairy")]
    [InlineData("Végétarien", "vegetarien")]
    public void ConstraintKey_CaseAccentsAndPunctuationIgnored(string text, string expected) =>
        Assert.Equal(expected, OntologyData.ConstraintKey(text));

    [Fact]
    public void Shipped_EveryTableHoldsRows()
    {
        // Written from the issue's own lists: the 14 EU allergen groups each need at least one phrase, every constraint
        // needs at least one synonym besides its tag, and the tables need their core entries.
        var data = OntologyData.Default;
        Assert.True(data.Qualifiers.Count >= 20, $"{data.Qualifiers.Count} qualifiers");
        Assert.True(data.Portions.Count >= 20, $"{data.Portions.Count} portions");
        Assert.True(data.Allergens.Count >= 40, $"{data.Allergens.Count} allergen phrases");
        Assert.True(data.Abbreviations.Count >= 10, $"{data.Abbreviations.Count} abbreviations");
        Assert.True(data.Noise.Count >= 50, $"{data.Noise.Count} noise words");
        foreach (var trait in new[]
        {
            IngredientTraits.Gluten, IngredientTraits.Crustacean, IngredientTraits.Mollusc, IngredientTraits.Egg, IngredientTraits.Fish,
            IngredientTraits.Peanut, IngredientTraits.TreeNut, IngredientTraits.Soy, IngredientTraits.Dairy, IngredientTraits.Sesame,
            IngredientTraits.Celery, IngredientTraits.Mustard, IngredientTraits.Lupin, IngredientTraits.Sulphite,
        })
        {
            Assert.Contains(data.Allergens, a => a.Traits == trait);
        }

        Assert.All(Enum.GetValues<DietaryConstraint>(), c => Assert.True(data.ConstraintSynonyms.Count(s => s.Value == c) >= 2, c.ToString()));
    }

    [Theory]
    [InlineData("qualifiers.csv", "phrase,removes,note\nvegan,,no animal\n")]
    [InlineData("portions.csv", "word,traits,note\nwing,,a cut\n")]
    [InlineData("allergens.csv", "phrase,traits,note\nshellfish,,both groups\n")]
    public void Load_TraitsMissingInAnyTable_ErrorNamesFileLineColumn(string file, string text) =>
        Assert.Equal($"{file} line 2 column 2: traits missing (write 'none')", LoadError(file, text).Message);

    [Fact]
    public void Load_TraitRepeatedOrImplied_Kept()
    {
        var foods = Minimal(foods: "beef,Meat Meat,,,,\nprawn,Shellfish Crustacean,,,,\n").Foods;

        Assert.Equal(IngredientTraits.Meat, foods[0].Traits);
        Assert.Equal(IngredientTraits.Shellfish, foods[1].Traits);
    }

    [Fact]
    public void ReadEmbedded_OnlyOntologyDataFiles() =>
        // A file name must be a file of Ontology/Data, not a suffix of some other resource name.
        Assert.Throws<FileNotFoundException>(() => OntologyData.ReadEmbedded("Data.foods.csv"));
}
