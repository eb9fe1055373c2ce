using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Tests.Storage;

public sealed class HeaderSpellingTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Theory]
    [InlineData("brand", "brnad", 1)]
    [InlineData("brand", "brand", 0)]
    [InlineData("storage_type", "storage_typ", 1)]
    [InlineData("nutritional_tags", "nutrional_tags", 2)]
    [InlineData("unit", "note", 3)]
    public void Distance_KnownPairs(string a, string b, int expected) => Assert.Equal(expected, HeaderSpelling.Distance(a, b));

    [Fact]
    public void ClosestMatch_UnrelatedNames_AreNotTypos()
    {
        Assert.Null(HeaderSpelling.ClosestMatch("brand", ["note", "store", "comment"]));
        Assert.Equal("Brnad", HeaderSpelling.ClosestMatch("brand", ["note", "Brnad"]));
    }

    [Fact]
    public void Read_MisspeltOptionalHeader_WarnsNamingBothAndKeepsRows()
    {
        var path = dir.File("inventory.csv", SampleTables.InventoryHeader.Replace(",brand,", ",brnad,", StringComparison.Ordinal) + "\n" + SampleTables.InventoryLine("u1", "i1") + "\n");
        var warnings = new List<string>();

        var rows = CsvTableReader.Read(path, PantrySchemas.Inventory, onWarning: warnings.Add).Sum(b => b.Rows.RowCount);

        Assert.Equal(1, rows);
        var warning = Assert.Single(warnings);
        Assert.Equal("inventory.csv: header 'brnad' looks like a misspelling of the column 'brand'; 'brand' is read as empty", warning);
    }

    [Fact]
    public void Read_MisspeltHeaderUnderStrict_FailsTheFile()
    {
        var path = dir.File("inventory.csv", SampleTables.InventoryHeader.Replace(",brand,", ",brnad,", StringComparison.Ordinal) + "\n" + SampleTables.InventoryLine("u1", "i1") + "\n");

        var ex = Assert.Throws<BadInputException>(() => CsvTableReader.Read(path, PantrySchemas.Inventory, strict: true).ToList());

        Assert.Contains("'brnad' looks like a misspelling of the column 'brand'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MisspeltRequiredHeader_ErrorSuggestsTheColumn()
    {
        var path = dir.File("inventory.csv", SampleTables.InventoryHeader.Replace(",quantity,", ",quantiy,", StringComparison.Ordinal) + "\n");

        var ex = Assert.Throws<BadInputException>(() => CsvTableReader.Read(path, PantrySchemas.Inventory).ToList());

        Assert.Contains("required column 'quantity' is missing from the header ('quantiy' looks like a misspelling of it)", ex.Message, StringComparison.Ordinal);
    }
}
