using PantryPilot.Domain.Ontology;
using PantryPilot.Domain.Ontology.Measurement;

namespace PantryPilot.Domain.Tests.Ontology;

/// <summary>
/// The labelled-list reader and the measurement, on lists and a table written here: the expected counts follow from
/// the rows (which pair is forbidden, which name no table knows).
/// </summary>
public class MeasurementTests
{
    private static IReadOnlyList<LabelledPair> Read(string text) => LabelledPairReader.Read("list.csv", new StringReader(text));

    // The name may hold commas (everything before the last two commas, or a quoted field); the rule may not.
    [Fact]
    public void Read_RowsCommentsAndQuotes_AsWritten()
    {
        var pairs = Read("# a comment\nname,rule,expected\nbread, gluten free,gluten-free,allowed\n\n\"oil, olive\",vegan,Allowed\nham,allergy:pork ,forbidden\n");

        Assert.Equal(
            [
                new LabelledPair("list.csv", 3, "bread, gluten free", "gluten-free", false),
                new LabelledPair("list.csv", 5, "oil, olive", "vegan", false),
                new LabelledPair("list.csv", 6, "ham", "allergy:pork", true),
            ],
            pairs);
    }

    [Theory]
    [InlineData("name,rule,expected\nrice,vegan,maybe\n", "list.csv line 2 field expected: 'maybe' is not forbidden or allowed")]
    [InlineData("name,rule,expected\nrice\n", "list.csv line 2: expected name,rule,expected, got 'rice'")]
    [InlineData("name,rule,expected\nrice,vegan\n", "list.csv line 2: expected name,rule,expected, got 'rice,vegan'")]
    [InlineData("name,rule,expected\n,vegan,allowed\n", "list.csv line 2 field name: empty")]
    [InlineData("name,rule,expected\n x ,,allowed\n", "list.csv line 2 field rule: empty")]
    [InlineData("name,rule,expected\n\"rice,vegan,allowed\n", "list.csv line 2 field name: unclosed quote in '\"rice,vegan,allowed'")]
    [InlineData("name,rule,expected\n\"rice\",vegan\n", "list.csv line 2: expected name,rule,expected, got '\"rice\",vegan'")]
    [InlineData("name,rule,expected\n\" \",vegan,allowed\n", "list.csv line 2 field name: empty")]
    public void Read_BadRow_ErrorNamesFileLineAndField(string text, string expected) =>
        Assert.Equal(expected, Assert.Throws<FormatException>(() => Read(text)).Message);

    [Fact]
    public void Read_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => LabelledPairReader.Read(null!, new StringReader(string.Empty)));
        Assert.Throws<ArgumentNullException>(() => LabelledPairReader.Read("x", null!));
    }

    [Fact]
    public void ReadFile_NamesTheFileByItsName()
    {
        var path = Path.Combine(Path.GetTempPath(), $"guard-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "name,rule,expected\nrice,vegan,allowed\n");
        try
        {
            Assert.Equal(Path.GetFileName(path), Assert.Single(LabelledPairReader.ReadFile(path)).File);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Measure_SmallList_CountsEachFigure()
    {
        var data = OntologyDataTests.Minimal(foods: "rice,none,,,,\nbacon,Meat,,pork,,\ncheese,Dairy,,milk,,\n", allergens: "milk,Dairy,milk\n");
        var pairs = Read("""
            name,rule,expected
            rice,vegan,allowed
            bacon,vegetarian,forbidden
            cheese,vegan,forbidden
            salak,vegan,allowed
            rice,allergy:milk,allowed
            cheese,allergy:milk,forbidden
            rice,atkins,allowed
            bacon,atkins,forbidden
            cheese,pescatarian,forbidden
            """);

        var figures = GuardMeasurement.Measure(pairs, data);

        Assert.Equal(9, figures.Pairs);
        Assert.Equal(4, figures.Names);
        Assert.Equal(5, figures.ForbiddenPairs);
        // Cheese is dairy, which a pescatarian eats: the list says forbidden, the guard allows it.
        Assert.Equal(1, figures.ForbiddenCalledAllowed);
        Assert.Equal(["list.csv line 10: 'cheese' for pescatarian"], figures.Leaks);
        Assert.Equal(4, figures.SafePairs);
        Assert.Equal(2, figures.SafeAllowed);
        Assert.Equal(0.5, figures.SafeAllowedShare);
        Assert.Equal(2, figures.RefusedRules);
        Assert.Equal(1, figures.UnknownForEveryConstraint);
        Assert.Equal(0.25, figures.UnknownShare);
        Assert.Equal(2, figures.SafeMisses.Count);
        Assert.StartsWith("list.csv line 5: 'salak' for vegan: 'salak' is not in the ingredient ontology", figures.SafeMisses[0], StringComparison.Ordinal);
        Assert.Equal("list.csv line 8: 'rice' for atkins: the rule was refused", figures.SafeMisses[1]);
        Assert.Equal(
            "9 pairs, 4 names: forbidden called allowed 1 of 5; safe allowed 50.0 % (2 of 4); unknown for every constraint 25.0 % (1 of 4); rules refused 2",
            figures.Summary);
    }

    [Fact]
    public void Measure_EmptyList_NoShareDividesByZero()
    {
        var figures = GuardMeasurement.Measure([]);

        Assert.Equal(1, figures.SafeAllowedShare);
        Assert.Equal(0, figures.UnknownShare);
    }

    [Fact]
    public void Measure_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => GuardMeasurement.Measure(null!));

    [Fact]
    public void Measure_ShippedTable_ReadsAllergiesAsRequestsDo() =>
        // "allergy:" in any case, free text after it; the shipped table is used when no table is given.
        Assert.Equal(0, GuardMeasurement.Measure(Read("name,rule,expected\nsatay sauce,ALLERGY:penuts,forbidden\n")).ForbiddenCalledAllowed);
}
