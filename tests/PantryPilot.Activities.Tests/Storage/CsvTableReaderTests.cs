using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Tests.Storage;

public sealed class CsvTableReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_MalformedRows_QuarantinesEachWithFileRowFieldAndValue()
    {
        var path = _dir.File("inventory.csv", string.Join('\n',
            SampleTables.InventoryHeader,
            SampleTables.InventoryLine("u1", "i1"),
            SampleTables.InventoryLine("u1", "i2", quantity: "abc"),
            SampleTables.InventoryLine("u1", "i3", expiry: "2024-13-45"),
            "u1,i4,too,few,fields",
            SampleTables.InventoryLine("u2", "i5"),
            SampleTables.InventoryLine("u2", "i6", tags: "\"vegan,unterminated")));

        var (rows, quarantine) = ReadAll(path, PantrySchemas.Inventory);

        Assert.Equal(6, rows.Count + quarantine.Count);
        Assert.Equal([1L, 5L], rows.Select(r => (long)r["source_row"]!));
        Assert.Equal([2L, 3L, 4L, 6L], quarantine.Select(r => (long)r["source_row"]!));
        Assert.Equal("inventory.csv row 2 field quantity: 'abc' is not a number", quarantine[0]["reason"]);
        Assert.Equal("inventory.csv row 3 field expiry_date: '2024-13-45' is not a date (expected yyyy-MM-dd)", quarantine[1]["reason"]);
        Assert.StartsWith("inventory.csv row 4: 5 fields, expected 17", (string)quarantine[2]["reason"]!, StringComparison.Ordinal);
        Assert.StartsWith("inventory.csv row 6: unterminated quote", (string)quarantine[3]["reason"]!, StringComparison.Ordinal);
        Assert.Equal("i2", quarantine[0]["item_id"]); // the fields that did parse travel with the reason
    }

    [Fact]
    public void Read_UnterminatedQuoteMidFile_QuarantinesTheRowAndSaysWhichLinesItSwallowed()
    {
        var path = _dir.File("inventory.csv", string.Join('\n',
            SampleTables.InventoryHeader,
            SampleTables.InventoryLine("u1", "i1", tags: "\"vegan"),
            SampleTables.InventoryLine("u1", "i2"),
            SampleTables.InventoryLine("u1", "i3")) + "\n");

        var (rows, quarantine) = ReadAll(path, PantrySchemas.Inventory);

        var bad = Assert.Single(quarantine);
        Assert.Equal(1L, bad["source_row"]);
        Assert.StartsWith("inventory.csv row 1: unterminated quote (it runs over the next", (string)bad["reason"]!, StringComparison.Ordinal);
        Assert.Empty(rows);
    }

    [Fact]
    public void Read_QuotedNutritionalTags_KeepsCommasInsideOneField()
    {
        var path = _dir.File("inventory.csv", SampleTables.InventoryHeader + "\n" + SampleTables.InventoryLine("u1", "i1", tags: "\"vegan,gluten_free,high \"\"protein\"\"\"") + "\n");

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
        var path = _dir.File("inventory.csv", SampleTables.InventoryHeader.Replace("quantity,", string.Empty, StringComparison.Ordinal) + "\n");

        var ex = Assert.Throws<BadInputException>(() => ReadAll(path, PantrySchemas.Inventory));

        Assert.Contains("inventory.csv", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'quantity'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderOnlyOrEmptyFile_YieldsZeroRows()
    {
        var headerOnly = _dir.File("header.csv", SampleTables.InventoryHeader + "\n");
        var empty = _dir.File("empty.csv", string.Empty);

        Assert.Empty(ReadAll(headerOnly, PantrySchemas.Inventory).Rows);
        Assert.Empty(ReadAll(empty, PantrySchemas.Inventory).Rows);
    }

    [Fact]
    public void Read_ReorderedAndExtraColumns_MatchesByHeaderAndWarns()
    {
        var path = _dir.File("purchases.csv", string.Join('\n',
            "note,transaction_id,user_id,item_id,item_name,quantity_purchased,unit,price_total,purchase_date,discount_applied",
            "hello,t1,u9,i1,Milk,2,L,3.98,2024/05/01,0.5"));
        var warnings = new List<string>();

        var batches = CsvTableReader.Read(path, PantrySchemas.Purchases, onWarning: warnings.Add).ToList();

        var rows = batches.Sum(b => b.Rows.RowCount);
        Assert.Equal(1, rows);
        var batch = batches.Single().Rows;
        Assert.Equal("u9", batch.Text("user_id")[0]);
        Assert.Equal("t1", batch.Text("transaction_id")[0]);
        Assert.Equal(new DateOnly(2024, 5, 1), batch.Date("purchase_date")[0]);
        Assert.Equal(0.5, batch.Number("discount_applied")[0]);
        Assert.Null(batch.Text("store_name")[0]);
        Assert.Contains(warnings, w => w.Contains("'note'", StringComparison.Ordinal) && w.Contains("ignored", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("FALSE", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("yes", true)]
    [InlineData("No", false)]
    public void Read_BooleanSpellings_AreAccepted(string text, bool expected)
    {
        var line = SampleTables.InventoryLine("u1", "i1").Replace(",false,", $",{text},", StringComparison.Ordinal);
        var path = _dir.File("inventory.csv", SampleTables.InventoryHeader + "\n" + line);

        var row = Assert.Single(ReadAll(path, PantrySchemas.Inventory).Rows);

        Assert.Equal(expected, row["allergen_flag"]);
    }

    [Fact]
    public void Read_BinaryFile_ThrowsBadInputNotAStackTrace()
    {
        var path = _dir.Combine("inventory.csv");
        File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0x00, 0x10]);

        var ex = Assert.Throws<BadInputException>(() => ReadAll(path, PantrySchemas.Inventory));

        Assert.Contains("inventory.csv", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a text file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Latin1Bytes_ThrowsBadInputSayingNotUtf8()
    {
        var path = _dir.Combine("inventory.csv");
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
        var path = _dir.File("inventory.csv", SampleTables.InventoryHeader + "\n" + string.Join('\n', lines));

        var batches = CsvTableReader.Read(path, PantrySchemas.Inventory, batchSize: 4).ToList();

        Assert.All(batches, b => Assert.True(b.Rows.RowCount <= 4 && b.Quarantined.RowCount <= 4));
        Assert.Equal(22, batches.Sum(b => b.Rows.RowCount));
        Assert.Equal(3, batches.Sum(b => b.Quarantined.RowCount));
        Assert.Equal(Enumerable.Range(1, 25).Select(i => (long)i), batches.SelectMany(b => Rows(b.Rows).Concat(Rows(b.Quarantined))).Select(r => (long)r["source_row"]!).Order());
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
