using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.Tests.Ontology;

/// <summary>
/// Session-27 reading rules on a small hand-written table: a receipt abbreviation that is also a phrase's first word,
/// and a scattered compound that repeats a word. Expected traits written by hand from the table below.
/// </summary>
public class ReadingRulesTests
{
    private static IngredientOntology Table => new(OntologyDataTests.Minimal(
        foods: """
            tomato,none,,,,
            sauce,none,,,,
            tom yum,Crustacean,Fish,,,
            tofu,Soy,,soy,,
            puff puff,Gluten,Dairy Egg,wheat,,
            """,
        abbreviations: "tom,tomato\nsce,sauce\n"));

    [Fact]
    public void Words_AbbreviationThatOpensAPhrase_ExpandedWhenThePhraseDoesNotGoOn() =>
        Assert.Equal(["tomato", "sauce"], Table.Words("TOM SCE"));

    [Fact]
    public void Words_AbbreviationThatOpensAPhrase_KeptWhenThePhraseGoesOn() =>
        Assert.Equal(["tom", "yum"], Table.Words("tom yum"));

    [Fact]
    public void Classify_PhraseOpeningAbbreviation_ReadsThePhrase() =>
        Assert.Equal(IngredientTraits.Crustacean, Table.Classify("tom yum").Traits);

    [Fact]
    public void Classify_CompoundThatRepeatsAWord_NotReadFromOneOccurrence()
    {
        var c = Table.Classify("tofu puffs");

        Assert.Equal(IngredientTraits.Soy, c.Traits);
        Assert.Equal(IngredientTraits.None, c.MayContain);
    }

    [Fact]
    public void Classify_CompoundThatRepeatsAWord_ReadWhenTheNameRepeatsIt() =>
        Assert.Equal(IngredientTraits.Gluten, Table.Classify("puff tofu puff").Traits & IngredientTraits.Gluten);
}
