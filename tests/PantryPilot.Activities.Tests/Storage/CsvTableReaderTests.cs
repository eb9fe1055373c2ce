using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Tests.Storage;

public sealed class CsvTableReaderTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Read_MalformedRows_QuarantinesEachWithLineFieldAndOriginalText()
    {
        var path = dir.File("inventory.csv", string.Join('\n',
            SampleTables.InventoryHeader,
            SampleTables.InventoryLine("u1", "i1"),
            SampleTables.InventoryLine("u1", "i2", quantity: "abc"),
            SampleTables.InventoryLine("u1", "i3", expiry: "2024-13-45"),
            "u1,i4,too,few,fields",
            SampleTables.InventoryLine("u2", "i5")));

        var (rows, quarantine) = ReadAll(path, PantrySchemas.Inventory);

        Assert.Equal(5, rows.Count + quarantine.Count);
        Assert.Equal([2L, 6L], rows.Select(r => (long)r["source_row"]!));
        Assert.Equal([3L, 4L, 5L], quarantine.Select(r => (long)r["source_row"]!));
        Assert.Equal("inventory.csv line 3 field quantity: 'abc' is not a number", quarantine[0]["reason"]);
        Assert.Equal("inventory.csv line 4 field expiry_date: '2024-13-45' is not a date (expected yyyy-MM-dd)", quarantine[1]["reason"]);
        Assert.StartsWith("inventory.csv line 5: 5 fields, expected 17", (string)quarantine[2]["reason"]!, StringComparison.Ordinal);

        // Lossless: the value that failed is kept as the file wrote it, and every other field too, as text.
        Assert.Equal("abc", quarantine[0]["quantity"]);
        Assert.Equal("i2", quarantine[0]["item_id"]);
        Assert.Equal("vegan,gluten_free", quarantine[0]["nutritional_tags"]);
        Assert.Equal("2024-13-45", quarantine[1]["expiry_date"]);
        Assert.Null(quarantine[0][TextQuarantineBuilder.RawLineColumn]);

        // A row that cannot be split into the header's fields keeps its whole raw line.
        Assert.Equal("u1,i4,too,few,fields", quarantine[2][TextQuarantineBuilder.RawLineColumn]);
        Assert.Null(quarantine[2]["item_id"]);
    }

    [Fact]
    public void Read_UnterminatedQuoteRunningToTheEnd_FailsTheFileNamingTheLineItStarted()
    {
        var path = dir.File("inventory.csv", string.Join('\n',
            SampleTables.InventoryHeader,
            SampleTables.InventoryLine("u1", "i0"),
            SampleTables.InventoryLine("u1", "i1", tags: "\"vegan"),
            SampleTables.InventoryLine("u1", "i2"),
            SampleTables.InventoryLine("u1", "i3")) + "\n");

        var ex = Assert.Throws<BadInputException>(() => ReadAll(path, PantrySchemas.Inventory));

        Assert.StartsWith("inventory.csv line 3: a quote opened on this line is never closed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnterminatedQuoteOnTheLastLine_FailsTheFile()
    {
        var path = dir.File("inventory.csv", SampleTables.InventoryHeader + "\n" + SampleTables.InventoryLine("u1", "i1", tags: "\"vegan"));

        var ex = Assert.Throws<BadInputException>(() => ReadAll(path, PantrySchemas.Inventory));

        Assert.Contains("inventory.csv line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StrayQuoteSwallowingManyLines_FailsTheFileEvenWhenAQuoteClosesItLater()
    {
        var lines = new List<string> { SampleTables.InventoryHeader, SampleTables.InventoryLine("u1", "i1", tags: "\"vegan") };
        lines.AddRange(Enumerable.Range(2, 10).Select(i => SampleTables.InventoryLine("u1", $"i{i}", tags: "vegan")));
        lines.Add(SampleTables.InventoryLine("u1", "i99", tags: "closing\""));
        lines.AddRange(Enumerable.Range(100, 5).Select(i => SampleTables.InventoryLine("u1", $"i{i}")));
        var path = dir.File("inventory.csv", string.Join('\n', lines));

        var ex = Assert.Throws<BadInputException>(() => ReadAll(path, PantrySchemas.Inventory));

        Assert.StartsWith("inventory.csv line 2: a quote opened on this line is not closed within 5 lines", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuoteClosedTwoLinesLater_QuarantinesOneRowWithBothLinesRaw()
    {
        var first = "u1,i1,Rice,2,kg,grains,2024-06-01,false,1.5,2024-05-01T08:00:00Z,pantry,Acme,\"vegan";
        var second = "still the tag\",0.2,1,2024-04-01,manual,extra";
        var path = dir.File("inventory.csv", string.Join('\n', SampleTables.InventoryHeader, first, second, SampleTables.InventoryLine("u1", "i2")));

        var (rows, quarantine) = ReadAll(path, PantrySchemas.Inventory);

        var bad = Assert.Single(quarantine);
        Assert.Equal(2L, bad["source_row"]);
        Assert.Equal(first + "\n" + second, bad[TextQuarantineBuilder.RawLineColumn]);
        Assert.Contains("runs over 2 line(s)", (string)bad["reason"]!, StringComparison.Ordinal);
        Assert.Equal(4L, Assert.Single(rows)["source_row"]);
    }

    [Fact]
    public void Read_QuotedNutritionalTags_KeepsCommasInsideOneField()
    {
        var path = dir.File("inventory.csv", SampleTables.InventoryHeader + "\n" + SampleTables.InventoryLine("u1", "i1", tags: "\"vegan,gluten_free,high \"\"protein\"\"\"") + "\n");

        var (rows, quarantine) = ReadAll(path, PantrySchemas.Inventory);

        Assert.Empty(quarantine);
        var row = Assert.Single(rows);
        Assert.Equal("vegan,gluten_free,high \"protein\"", row["nutritional_tags"]);
        Assert.Equal(2.0, row["quantity"]);
        Assert.Equal(new DateOnly(2024, 6, 1), row["expiry_date"]);
        Assert.Equal(false, row["allergen_flag"]);
        Assert.Equal(new DateTime(2024, 5, 1, 8, 0, 0, DateTimeKind.Utc), row["last_updated"]);
        Assert.Equal("manual", row["source"]);
    }

    [Fact]
    public void Read_MissingRequiredColumn_ThrowsBadInputNamingFileAndColumn()
    {
        var path = dir.File("inventory.csv", SampleTables.InventoryHeader.Replace("quantity,", string.Empty, StringComparison.Ordinal) + "\n");

        var ex = Assert.Throws<BadInputException>(() => ReadAll(path, PantrySchemas.Inventory));

        Assert.Contains("inventory.csv", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'quantity'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderOnlyOrEmptyFile_YieldsZeroRows()
    {
        var headerOnly = dir.File("header.csv", SampleTables.InventoryHeader + "\n");
        var empty = dir.File("empty.csv", string.Empty);

        Assert.Empty(ReadAll(headerOnly, PantrySchemas.Inventory).Rows);
        Assert.Empty(ReadAll(empty, PantrySchemas.Inventory).Rows);
    }

    [Fact]
    public void Read_ReorderedAndExtraColumns_MatchesByHeaderAndWarns()
    {
        var path = dir.File("purchases.csv", string.Join('\n',
            "note,transaction_id,user_id,item_id,item_name,quantity_purchased,unit,price_total,purchase_date,discount_applied",
            "hello,t1,u9,i1,Milk,2,L,3.98,2024/05/01,True"));
        var warnings = new List<string>();

        var batches = CsvTableReader.Read(path, PantrySchemas.Purchases, onWarning: warnings.Add).ToList();

        var rows = batches.Sum(b => b.Rows.RowCount);
        Assert.Equal(1, rows);
        var batch = batches.Single().Rows;
        Assert.Equal("u9", batch.Text("user_id")[0]);
        Assert.Equal("t1", batch.Text("transaction_id")[0]);
        Assert.Equal(new DateOnly(2024, 5, 1), batch.Date("purchase_date")[0]);
        Assert.Equal(true, batch.Boolean("discount_applied")[0]);
        Assert.Null(batch.Text("store_name")[0]);
        Assert.Contains(warnings, w => w.Contains("'note'", StringComparison.Ordinal) && w.Contains("not part of", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("FALSE", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("yes", true)]
    [InlineData("No", false)]
    [InlineData("True", true)]
    [InlineData("False", false)]
    [InlineData("y", true)]
    [InlineData("N", false)]
    [InlineData("t", true)]
    [InlineData("F", false)]
    public void Read_BooleanSpellings_AreAccepted(string text, bool expected)
    {
        var line = SampleTables.InventoryLine("u1", "i1").Replace(",false,", $",{text},", StringComparison.Ordinal);
        var path = dir.File("inventory.csv", SampleTables.InventoryHeader + "\n" + line);

        var row = Assert.Single(ReadAll(path, PantrySchemas.Inventory).Rows);

        Assert.Equal(expected, row["allergen_flag"]);
    }

    [Fact]
    public void Read_BinaryFile_ThrowsBadInputNotAStackTrace()
    {
        var path = dir.Combine("inventory.csv");
        File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0x00, 0x10]);

        var ex = Assert.Throws<BadInputException>(() => ReadAll(path, PantrySchemas.Inventory));

        Assert.Contains("inventory.csv", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a text file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Latin1Bytes_ThrowsBadInputSayingNotUtf8()
    {
        var path = dir.Combine("inventory.csv");
        var text = SampleTables.InventoryHeader + "\n" + SampleTables.InventoryLine("u1", "i1").Replace("Rice", "Cr\u00e8me", StringComparison.Ordinal) + "\n";
        File.WriteAllBytes(path, System.Text.Encoding.Latin1.GetBytes(text));

        var ex = Assert.Throws<BadInputException>(() => ReadAll(path, PantrySchemas.Inventory));

        Assert.Contains("inventory.csv", ex.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MoreRowsThanBatchSize_StreamsInBatchesAndConservesRows()
    {
        var lines = Enumerable.Range(1, 25).Select(i => SampleTables.InventoryLine("u1", $"i{i}", quantity: i % 7 == 0 ? "x" : "1"));
        var path = dir.File("inventory.csv", SampleTables.InventoryHeader + "\n" + string.Join('\n', lines));

        var batches = CsvTableReader.Read(path, PantrySchemas.Inventory, batchSize: 4).ToList();

        Assert.All(batches, b => Assert.True(b.Rows.RowCount <= 4 && b.Quarantined.RowCount <= 4));
        Assert.Equal(22, batches.Sum(b => b.Rows.RowCount));
        Assert.Equal(3, batches.Sum(b => b.Quarantined.RowCount));
        Assert.Equal(Enumerable.Range(2, 25).Select(i => (long)i), batches.SelectMany(b => Rows(b.Rows).Concat(Rows(b.Quarantined))).Select(r => (long)r["source_row"]!).Order());
    }

    internal static (List<Dictionary<string, object?>> Rows, List<Dictionary<string, object?>> Quarantine) ReadAll(string path, TableSchema schema)
    {
        var rows = new List<Dictionary<string, object?>>();
        var quarantine = new List<Dictionary<string, object?>>();
        foreach (var batch in CsvTableReader.Read(path, schema))
        {
            rows.AddRange(Rows(batch.Rows));
            quarantine.AddRange(Rows(batch.Quarantined));
        }

        return (rows, quarantine);
    }

    internal static IEnumerable<Dictionary<string, object?>> Rows(TableBatch batch)
    {
        for (var r = 0; r < batch.RowCount; r++)
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var c = 0; c < batch.Columns.Length; c++)
            {
                row[batch.Schema.Columns[c].Name] = batch.Value(c, r);
            }

            yield return row;
        }
    }
}
