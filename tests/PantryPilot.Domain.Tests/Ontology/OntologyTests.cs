using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.Tests.Ontology;

public class OntologyTests
{
    private static ComplianceStatus Check(string ingredient, params DietaryConstraint[] constraints) =>
        new DietaryPolicy(IngredientOntology.Default, constraints).Check(ingredient).Status;

    [Theory]
    [InlineData("chicken stock")]
    [InlineData("Chicken Stock Cubes")]
    [InlineData("beef broth")]
    [InlineData("fish sauce")]
    [InlineData("oyster sauce")]
    [InlineData("anchovies")]
    [InlineData("gelatin")]
    [InlineData("lard")]
    [InlineData("worcestershire sauce")]
    [InlineData("bonito flakes")]
    [InlineData("dashi")]
    [InlineData("ground beef")]
    [InlineData("salmon fillet")]
    public void Check_VegetarianWithMeatOrFishCompound_Forbidden(string ingredient) =>
        Assert.Equal(ComplianceStatus.Forbidden, Check(ingredient, DietaryConstraint.Vegetarian));

    [Theory]
    [InlineData("eggplant")]
    [InlineData("vegetable stock")]
    [InlineData("oyster mushrooms")]
    [InlineData("nori")]
    [InlineData("paneer")]
    [InlineData("honey")]
    public void Check_VegetarianWithPlantOrDairyLookAlike_Allowed(string ingredient) =>
        Assert.Equal(ComplianceStatus.Allowed, Check(ingredient, DietaryConstraint.Vegetarian));

    [Theory]
    [InlineData("honey")]
    [InlineData("butter")]
    [InlineData("eggs")]
    [InlineData("mayonnaise")]
    [InlineData("ghee")]
    public void Check_VeganWithAnimalProduct_Forbidden(string ingredient) =>
        Assert.Equal(ComplianceStatus.Forbidden, Check(ingredient, DietaryConstraint.Vegan));

    [Theory]
    [InlineData("peanut butter")]
    [InlineData("almond milk")]
    [InlineData("oat milk")]
    [InlineData("coconut milk")]
    [InlineData("soy milk")]
    [InlineData("cocoa butter")]
    [InlineData("eggplant")]
    [InlineData("butternut squash")]
    [InlineData("cream of tartar")]
    [InlineData("coconut cream")]
    public void Check_DairyFreeWithDairySoundingPlantItem_Allowed(string ingredient) =>
        Assert.Equal(ComplianceStatus.Allowed, Check(ingredient, DietaryConstraint.DairyFree));

    [Theory]
    [InlineData("eggplant")]
    [InlineData("butternut squash")]
    public void Classify_EggOrButterLookAlike_HasNoEggOrDairyTrait(string ingredient)
    {
        var traits = IngredientOntology.Default.Classify(ingredient).Traits;
        Assert.Equal(IngredientTraits.None, traits & (IngredientTraits.Egg | IngredientTraits.Dairy | IngredientTraits.TreeNut));
    }

    [Theory]
    [InlineData("buttermilk")]
    [InlineData("ghee")]
    [InlineData("paneer")]
    [InlineData("whey protein")]
    [InlineData("casein")]
    [InlineData("Unsalted Butter")]
    public void Check_DairyFreeWithDairy_Forbidden(string ingredient) =>
        Assert.Equal(ComplianceStatus.Forbidden, Check(ingredient, DietaryConstraint.DairyFree));

    [Theory]
    [InlineData("soy sauce")]
    [InlineData("seitan")]
    [InlineData("pearl barley", false)]
    [InlineData("malt vinegar")]
    [InlineData("wheat flour")]
    [InlineData("couscous")]
    [InlineData("bulgur")]
    [InlineData("rye bread")]
    [InlineData("panko breadcrumbs")]
    public void Check_GlutenFreeWithGluten_ForbiddenOrUnknown(string ingredient, bool mustBeKnown = true)
    {
        var status = Check(ingredient, DietaryConstraint.GlutenFree);
        Assert.NotEqual(ComplianceStatus.Allowed, status);
        if (mustBeKnown)
        {
            Assert.Equal(ComplianceStatus.Forbidden, status);
        }
    }

    [Theory]
    [InlineData("rice noodles")]
    [InlineData("buckwheat")]
    [InlineData("corn masa")]
    [InlineData("masa harina")]
    public void Check_GlutenFreeWithGlutenFreeLookAlike_Allowed(string ingredient) =>
        Assert.Equal(ComplianceStatus.Allowed, Check(ingredient, DietaryConstraint.GlutenFree));

    [Theory]
    [InlineData("nutmeg", ComplianceStatus.Allowed)]
    [InlineData("coconut", ComplianceStatus.Allowed)]
    [InlineData("water chestnuts", ComplianceStatus.Allowed)]
    [InlineData("butternut squash", ComplianceStatus.Allowed)]
    [InlineData("almonds", ComplianceStatus.Forbidden)]
    [InlineData("peanut butter", ComplianceStatus.Forbidden)]
    [InlineData("pine nuts", ComplianceStatus.Forbidden)]
    [InlineData("cashews", ComplianceStatus.Forbidden)]
    [InlineData("pesto", ComplianceStatus.Forbidden)]
    public void Check_NutFree_SeparatesNutsFromLookAlikes(string ingredient, ComplianceStatus expected) =>
        Assert.Equal(expected, Check(ingredient, DietaryConstraint.NutFree));

    [Theory]
    [InlineData("salmon", ComplianceStatus.Allowed)]
    [InlineData("shrimp", ComplianceStatus.Allowed)]
    [InlineData("fish sauce", ComplianceStatus.Allowed)]
    [InlineData("chicken", ComplianceStatus.Forbidden)]
    [InlineData("chicken stock", ComplianceStatus.Forbidden)]
    [InlineData("bacon", ComplianceStatus.Forbidden)]
    [InlineData("gelatine", ComplianceStatus.Forbidden)]
    public void Check_Pescatarian_AllowsSeafoodNotMeat(string ingredient, ComplianceStatus expected) =>
        Assert.Equal(expected, Check(ingredient, DietaryConstraint.Pescatarian));

    [Theory]
    [InlineData("sesame", "tahini", ComplianceStatus.Forbidden)]
    [InlineData("sesame", "toasted sesame oil", ComplianceStatus.Forbidden)]
    [InlineData("shellfish", "prawns", ComplianceStatus.Forbidden)]
    [InlineData("shellfish", "oyster sauce", ComplianceStatus.Forbidden)]
    [InlineData("shellfish", "salmon", ComplianceStatus.Allowed)]
    [InlineData("kiwi", "kiwi", ComplianceStatus.Forbidden)]
    [InlineData("peanut", "peanut butter", ComplianceStatus.Forbidden)]
    public void Check_FreeTextAllergy_ForbidsMatchingIngredients(string allergy, string ingredient, ComplianceStatus expected)
    {
        var verdict = new DietaryPolicy(IngredientOntology.Default, [], [allergy]).Check(ingredient);
        Assert.Equal(expected, verdict.Status);
        if (expected == ComplianceStatus.Forbidden)
        {
            Assert.Contains("allergy", verdict.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Classify_LongestCompoundFirst_ChickenStockWinsOverChicken()
    {
        var classification = IngredientOntology.Default.Classify("Low-Sodium CHICKEN STOCKS");
        Assert.True(classification.IsKnown);
        Assert.Equal(["chicken stock"], classification.MatchedTerms);
    }

    [Fact]
    public void Classify_PeanutButter_IsPeanutNotDairy()
    {
        var classification = IngredientOntology.Default.Classify("peanut butter");
        Assert.Equal(IngredientTraits.Peanut, classification.Traits);
    }

    [Theory]
    [InlineData("salak")]
    [InlineData("saffron zzq")]
    [InlineData("blorp sauce")]
    public void Check_UnknownItemUnderStrictPolicy_ReportedUnknown(string ingredient)
    {
        var verdict = new DietaryPolicy(IngredientOntology.Default, [DietaryConstraint.Vegan]).Check(ingredient);
        Assert.Equal(ComplianceStatus.Unknown, verdict.Status);
        Assert.Contains("not in the ingredient ontology", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownItemWithoutConstraints_Allowed()
    {
        var verdict = new DietaryPolicy(IngredientOntology.Default, []).Check("salak");
        Assert.Equal(ComplianceStatus.Allowed, verdict.Status);
    }

    [Theory]
    [InlineData("tomatoes", "tomato")]
    [InlineData("berries", "berry")]
    [InlineData("peaches", "peach")]
    [InlineData("hummus", "hummus")]
    [InlineData("couscous", "couscous")]
    public void Singular_PluralWord_ReturnsSingular(string word, string expected) =>
        Assert.Equal(expected, IngredientOntology.Singular(word));

    [Fact]
    public void Load_MalformedTraitInFoods_ThrowsNamingFileAndLine()
    {
        var ex = Assert.Throws<FormatException>(() => OntologyData.Load(file => file == "foods.csv"
            ? "term,traits,may_contain,sources,flags,note\nrice,none,,,,\nbeef,Meet,,,,\n"
            : OntologyData.ReadEmbedded(file)));
        Assert.Contains("foods.csv line 3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Meet", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_ShippedTable_LoadsEveryTerm()
    {
        var lines = OntologyData.FoodFileNames.Sum(f => OntologyData.ReadEmbedded(f).Split('\n').Count(l => l.Trim().Length > 0 && !l.Trim().StartsWith('#')) - 1);
        Assert.True(IngredientOntology.Default.TermCount >= 2500, $"only {IngredientOntology.Default.TermCount} terms");
        Assert.Equal(lines, IngredientOntology.Default.TermCount);
    }

    [Theory]
    [InlineData("dairy-free", DietaryConstraint.DairyFree)]
    [InlineData("Gluten Free", DietaryConstraint.GlutenFree)]
    [InlineData("nut_free", DietaryConstraint.NutFree)]
    [InlineData("vegan", DietaryConstraint.Vegan)]
    public void TryParse_Tag_ReturnsConstraint(string tag, DietaryConstraint expected)
    {
        Assert.True(DietaryConstraints.TryParse(tag, out var constraint));
        Assert.Equal(expected, constraint);
    }

    // A cut or portion with a negating qualifier and no food named is a meat substitute: plant for vegetarians and
    // vegans, but such products are made of soy or wheat protein (and vegetarian ones often bind with egg or milk).
    [Theory]
    [InlineData("plant-based mince", "vegetarian", ComplianceStatus.Allowed)]
    [InlineData("plant-based mince", "vegan", ComplianceStatus.Allowed)]
    [InlineData("Plant Based Mince 500g", "vegan", ComplianceStatus.Allowed)]
    [InlineData("vegan nuggets", "vegan", ComplianceStatus.Allowed)]
    [InlineData("meat-free meatballs", "vegetarian", ComplianceStatus.Allowed)]
    [InlineData("plant-based mince", "gluten-free", ComplianceStatus.MayContain)]
    [InlineData("vegetarian sausages", "egg-free", ComplianceStatus.MayContain)]
    [InlineData("vegetarian sausages", "vegan", ComplianceStatus.MayContain)]
    [InlineData("vegan sausages", "shellfish-free", ComplianceStatus.Allowed)]
    [InlineData("mince", "vegetarian", ComplianceStatus.Forbidden)]
    [InlineData("gluten free mince", "vegetarian", ComplianceStatus.Forbidden)]
    public void Check_CutMadePlantByAQualifier_MeatSubstitute(string name, string constraint, ComplianceStatus expected) =>
        Assert.Equal(expected, DietaryPolicy.Parse([constraint], []).Check(name).Status);

    // A negating qualifier reaches its own head only: the next food after it, else the one before it.
    [Theory]
    [InlineData("vegan cheese ham", "vegetarian", ComplianceStatus.Forbidden)] // the ham is not vegan
    [InlineData("vegan cheese ham", "dairy-free", ComplianceStatus.Allowed)] // the cheese is
    [InlineData("ham vegan cheese", "vegetarian", ComplianceStatus.Forbidden)]
    [InlineData("vegan cheese chicken", "vegetarian", ComplianceStatus.Forbidden)]
    [InlineData("cheese ham, vegan", "dairy-free", ComplianceStatus.Forbidden)] // after the name it reaches the last food only
    [InlineData("mayonnaise vegan", "egg-free", ComplianceStatus.Allowed)]
    [InlineData("vegan gluten free bread", "gluten-free", ComplianceStatus.Allowed)]
    [InlineData("vegan gluten free bread", "vegan", ComplianceStatus.Allowed)] // two qualifiers, one head
    [InlineData("vegan chicken nuggets", "vegetarian", ComplianceStatus.Allowed)]
    [InlineData("gluten free flour, wheat", "gluten-free", ComplianceStatus.Forbidden)]
    public void Check_QualifierReachesItsOwnHeadOnly(string name, string constraint, ComplianceStatus expected) =>
        Assert.Equal(expected, DietaryPolicy.Parse([constraint], []).Check(name).Status);

    // What each constraint rules out, from what the diets mean: vegetarians eat no meat, fish or shellfish; vegans also
    // no milk, eggs or honey; pescatarians eat fish and shellfish but no meat; "nut-free" covers peanuts as well.
    [Theory]
    [InlineData(DietaryConstraint.Vegetarian, "vegetarian", IngredientTraits.Meat | IngredientTraits.Fish | IngredientTraits.Crustacean | IngredientTraits.Mollusc)]
    [InlineData(DietaryConstraint.Vegan, "vegan", IngredientTraits.Meat | IngredientTraits.Fish | IngredientTraits.Crustacean | IngredientTraits.Mollusc | IngredientTraits.Dairy | IngredientTraits.Egg | IngredientTraits.Honey)]
    [InlineData(DietaryConstraint.Pescatarian, "pescatarian", IngredientTraits.Meat)]
    [InlineData(DietaryConstraint.DairyFree, "dairy-free", IngredientTraits.Dairy)]
    [InlineData(DietaryConstraint.GlutenFree, "gluten-free", IngredientTraits.Gluten)]
    [InlineData(DietaryConstraint.NutFree, "nut-free", IngredientTraits.TreeNut | IngredientTraits.Peanut)]
    [InlineData(DietaryConstraint.EggFree, "egg-free", IngredientTraits.Egg)]
    [InlineData(DietaryConstraint.ShellfishFree, "shellfish-free", IngredientTraits.Crustacean | IngredientTraits.Mollusc)]
    // Paleo (Cordain): no grains, legumes (soy, peanuts and lupin are legumes), dairy, refined sugar, seed oils.
    [InlineData(DietaryConstraint.Paleo, "paleo", IngredientTraits.Grain | IngredientTraits.Legume | IngredientTraits.Soy | IngredientTraits.Peanut | IngredientTraits.Lupin | IngredientTraits.Dairy | IngredientTraits.RefinedSugar | IngredientTraits.SeedOil)]
    // Keto: no grains, pulses, sugar of any kind, starchy vegetables or sweet fruit.
    [InlineData(DietaryConstraint.Keto, "keto", IngredientTraits.Grain | IngredientTraits.Legume | IngredientTraits.RefinedSugar | IngredientTraits.Sugar | IngredientTraits.Starch | IngredientTraits.SweetFruit)]
    public void Constraint_TagAndForbiddenTraits(DietaryConstraint constraint, string tag, IngredientTraits forbidden)
    {
        Assert.Equal(tag, constraint.Tag());
        Assert.Equal(forbidden, DietaryConstraints.Forbidden(constraint));
        Assert.True(DietaryConstraints.TryParse(tag, out var parsed));
        Assert.Equal(constraint, parsed);
    }

    [Fact]
    public void Forbidden_UndefinedConstraint_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DietaryConstraints.Forbidden((DietaryConstraint)99));
        Assert.StartsWith("unknown dietary constraint", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SupportedTags_EveryTagInOrder() =>
        Assert.Equal("vegetarian, vegan, pescatarian, dairy-free, gluten-free, nut-free, egg-free, shellfish-free, paleo, keto", DietaryConstraints.SupportedTags);

    [Fact]
    public void TryParse_NullOrUnknown_False()
    {
        Assert.False(DietaryConstraints.TryParse(null, out _));
        Assert.False(DietaryConstraints.TryParse("atkins", out _));
        Assert.False(DietaryConstraints.TryParse("primal", out _)); // primal allows dairy: not paleo
    }
}
