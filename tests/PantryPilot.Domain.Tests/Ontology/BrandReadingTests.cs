using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.Tests.Ontology;

/// <summary>
/// Session-29 reading rules on a small hand-written table: an expansion that would repeat a word the name already has,
/// a possessive maker's name that is also an abbreviation, "&amp;" inside a maker's name, a "chick'n" spelling, and a
/// maker's range that reaches every food and cut of its item. Expected words and traits written by hand.
/// </summary>
public class BrandReadingTests
{
    private static IngredientOntology Table => new(OntologyDataTests.Minimal(
        foods: """
            tater tot,Starch,,potato,,
            chocolate chip,RefinedSugar,Dairy,,,
            carrot,none,,,,
            cracker,Gluten,Dairy,wheat,,
            bread,Gluten,Dairy Egg,wheat,,
            chicken,Meat,,chicken,,
            ben and jerry,Dairy,Egg,milk,,
            gardein,Soy,,soy,,
            """,
        qualifiers: "meatless,Meat,meatless\n",
        portions: "nugget,Meat,Egg Gluten,nuggets\n",
        noise: "and,separator\nn,separator\ntesco,brand\nfree,descriptor\nfrom,descriptor\n",
        abbreviations: "tots,tater tot\nchoc,chocolate chip\ncarr,carrot\nchik,chicken\n",
        ranges: "tesco free from,Gluten,gluten-free range\ngardein,Meat Dairy Egg,vegan maker\n"));

    [Theory]
    [InlineData("Tater Tots", "tater|tot")]
    [InlineData("tots", "tater|tot")]
    [InlineData("choc chips", "chocolate|chip")]
    [InlineData("choc", "chocolate|chip")]
    [InlineData("CARR", "carrot")]
    [InlineData("Carr's crackers", "carr|cracker")]
    [InlineData("Ben & Jerry's", "ben|and|jerry")]
    [InlineData("salt & pepper", "salt|and|pepper")]
    [InlineData("chick'n nuggets", "meatless|chicken|nugget")]
    [InlineData("chik'n", "meatless|chicken")]
    [InlineData("rock'n roll", "rock|n|roll")]
    public void Words_ReadAsWritten(string name, string expected) =>
        Assert.Equal(expected.Split('|'), Table.Words(name));

    [Fact]
    public void Classify_ExpansionThatRepeatsAWord_IsKnown()
    {
        var c = Table.Classify("Tater Tots");

        Assert.True(c.IsKnown);
        Assert.Equal(IngredientTraits.Starch, c.Traits);
    }

    [Fact]
    public void Classify_PossessiveMaker_IsNotTheAbbreviatedFood()
    {
        var c = Table.Classify("Carr's crackers");

        Assert.False(c.IsKnown);
        Assert.Contains("carr", c.UnknownWords);
        Assert.DoesNotContain("carrot", c.MatchedTerms);
    }

    [Fact]
    public void Classify_AmpersandInAMakersName_IsOnePhrase()
    {
        var c = Table.Classify("Ben & Jerry's");

        Assert.True(c.IsKnown);
        Assert.Equal(IngredientTraits.Dairy, c.Traits);
    }

    [Fact]
    public void Classify_ChickN_HasNoMeat_ChickenHasIt()
    {
        Assert.Equal(IngredientTraits.None, Table.Classify("chick'n nuggets").Traits & IngredientTraits.Meat);
        Assert.Equal(IngredientTraits.Meat, Table.Classify("chicken nuggets").Traits & IngredientTraits.Meat);
    }

    [Fact]
    public void Classify_FreeFromRange_ClearsGlutenOfEveryFoodInItsItem_NotOfTheNext()
    {
        var range = Table.Classify("Tesco Free From bread");
        var list = Table.Classify("Tesco Free From bread, crackers");

        Assert.Equal(IngredientTraits.None, range.Traits & IngredientTraits.Gluten);
        Assert.Equal(IngredientTraits.Dairy | IngredientTraits.Egg, range.MayContain);
        Assert.Equal(IngredientTraits.Gluten, list.Traits & IngredientTraits.Gluten);
    }

    [Fact]
    public void Classify_ShopNameWithoutItsRange_ClearsNothing() =>
        Assert.Equal(IngredientTraits.Gluten, Table.Classify("Tesco bread").Traits & IngredientTraits.Gluten);

    [Fact]
    public void Classify_VeganMakersRange_ReachesTheCutAndKeepsItsOwnTraits()
    {
        var c = Table.Classify("Gardein nuggets");

        Assert.True(c.IsKnown);
        Assert.Equal(IngredientTraits.Soy, c.Traits & ~IngredientTraits.Gluten);
        Assert.Equal(IngredientTraits.None, (c.Traits | c.MayContain) & (IngredientTraits.Meat | IngredientTraits.Egg));
    }

    /// <summary>The brief's reading bugs on the shipped tables. Expected verdicts from the products' labels: Ore-Ida
    /// Tater Tots are potatoes, oil, salt and corn flour; Carr's Table Water crackers are wheat flour, palm oil, salt;
    /// "chick'n" products are plant-based; Tesco and Sainsbury's free-from ranges are gluten-free; Lea &amp; Perrins
    /// holds anchovies; "POT" on a receipt may be potatoes or a pot noodle, so it stays unknown; FF is a shop's free-from range only after
    /// the shop's name (alone it may be fat free); M&amp;M's are milk chocolate.</summary>
    [Theory]
    [InlineData("Tater Tots", "vegan", ComplianceStatus.Allowed)]
    [InlineData("Carr's Table Water crackers", "vegan", ComplianceStatus.Allowed)]
    [InlineData("Carr's Table Water crackers", "gluten-free", ComplianceStatus.Forbidden)]
    [InlineData("Gardein Chick'n Strips", "vegetarian", ComplianceStatus.Allowed)]
    [InlineData("Gardein Chick'n Strips", "vegan", ComplianceStatus.Allowed)]
    [InlineData("Tofurky Chick'n", "vegetarian", ComplianceStatus.Allowed)]
    [InlineData("chicken strips", "vegetarian", ComplianceStatus.Forbidden)]
    [InlineData("Tesco Free From white bread", "gluten-free", ComplianceStatus.Allowed)]
    [InlineData("Sainsbury's Deliciously FreeFrom penne", "gluten-free", ComplianceStatus.Allowed)]
    [InlineData("Tesco white bread", "gluten-free", ComplianceStatus.Forbidden)]
    [InlineData("Ben & Jerry's Cookie Dough", "dairy-free", ComplianceStatus.Forbidden)]
    [InlineData("Lea & Perrins Worcestershire sauce", "vegetarian", ComplianceStatus.Forbidden)]
    [InlineData("Lea & Perrins Worcestershire sauce", "pescatarian", ComplianceStatus.Allowed)]
    [InlineData("M&S Made Without Wheat white bread", "gluten-free", ComplianceStatus.Allowed)]
    [InlineData("raspberry ripple ice cream", "vegan", ComplianceStatus.Forbidden)]
    [InlineData("POT", "vegan", ComplianceStatus.Unknown)]
    [InlineData("TSC FF GF BRD", "gluten-free", ComplianceStatus.Allowed)]
    [InlineData("FF MILK", "dairy-free", ComplianceStatus.Forbidden)]
    [InlineData("COD FLLTS", "pescatarian", ComplianceStatus.Allowed)]
    [InlineData("M&M's Peanut", "dairy-free", ComplianceStatus.Forbidden)]
    public void Check_ShippedTables_BrandNamesReadAsTheProduct(string name, string rule, ComplianceStatus expected) =>
        Assert.Equal(expected, DietaryPolicy.Parse([rule], [], lenient: false).Check(name).Status);

    [Fact]
    public void Check_ShippedTables_FreeFromWithoutAShopRange_DoesNotClearGluten() =>
        Assert.False(DietaryPolicy.Parse(["gluten-free"], []).Check("free from preservatives white bread").Permitted);
}
