using PantryPilot.Activities.Storage;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Tests.Storage;

public class ParquetRoundTripTests
{
    private static readonly TableSchema AllKinds = new("all_kinds",
    [
        new(TableSchema.SourceRowColumn, ColumnKind.Integer),
        new("text", ColumnKind.Text),
        new("number", ColumnKind.Number),
        new("flag", ColumnKind.Boolean),
        new("day", ColumnKind.Date),
        new("stamp", ColumnKind.Timestamp),
    ]);

    [Fact]
    public async Task WriteThenRead_AllColumnKindsWithNulls_RoundTrip()
    {
        using var dir = new TempDirectory();
        var path = dir.File("all_kinds.parquet");
        var first = Batch(3, 0);
        var second = Batch(2, 3);

        await using (var writer = await ParquetTableWriter.CreateAsync(path, AllKinds))
        {
            await writer.WriteAsync(first);
            await writer.WriteAsync(second);
            await writer.CompleteAsync();
            Assert.Equal(5, writer.RowsWritten);
        }

        var batches = new List<TableBatch>();
        await foreach (var b in ParquetTableReader.ReadAsync(path))
        {
            batches.Add(b);
        }

        Assert.Equal([3, 2], batches.Select(b => b.RowCount));
        Assert.Equal(AllKinds.ColumnNames, batches[0].Schema.ColumnNames);
        Assert.Equal(AllKinds.Columns.Select(c => c.Kind), batches[0].Schema.Columns.Select(c => c.Kind));
        AssertSameRows(first, batches[0]);
        AssertSameRows(second, batches[1]);
        Assert.Equal(5, await ParquetTableReader.CountRowsAsync(path));
    }

    [Fact]
    public async Task Dispose_WithoutComplete_LeavesNoFile()
    {
        using var dir = new TempDirectory();
        var path = dir.File("t.parquet");

        await using (var writer = await ParquetTableWriter.CreateAsync(path, AllKinds))
        {
            await writer.WriteAsync(Batch(2, 0));
        }

        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public async Task Read_RepeatedText_SharesOneInstancePerValueAndKeepsNullsAndEmptyApart()
    {
        using var dir = new TempDirectory();
        var path = dir.File("repeated.parquet");
        var schema = new TableSchema("repeated", [new(TableSchema.SourceRowColumn, ColumnKind.Integer), new("unit", ColumnKind.Text), new("id", ColumnKind.Text)]);
        string?[] units = ["kg", null, "", "Kg", "kg", "pcs", null, "kg"];
        await using (var writer = await ParquetTableWriter.CreateAsync(path, schema))
        {
            for (var group = 0; group < 2; group++)
            {
                var batch = TableBatch.Allocate(schema, units.Length);
                for (var r = 0; r < units.Length; r++)
                {
                    batch.Integer(TableSchema.SourceRowColumn)[r] = (group * units.Length) + r;
                    // Built at run time so that equal values start out as distinct instances, as a decoder would make them.
                    batch.Text("unit")[r] = units[r] is { } u ? new string(u.AsSpan()) : null;
                    batch.Text("id")[r] = $"tx-{group}-{r}";
                }

                await writer.WriteAsync(batch);
            }

            await writer.CompleteAsync();
        }

        var read = new List<TableBatch>();
        await foreach (var b in ParquetTableReader.ReadAsync(path))
        {
            read.Add(b);
        }

        var all = read.SelectMany(b => b.Text("unit")).ToArray();
        Assert.Equal(units.Concat(units), all);
        var kilos = all.Where(u => u == "kg").ToArray();
        Assert.Equal(6, kilos.Length);
        Assert.All(kilos, k => Assert.Same(kilos[0], k)); // across row groups too
        Assert.NotSame(all.First(u => u == "Kg"), kilos[0]);
        Assert.Equal(read.SelectMany(b => b.Text("id")), Enumerable.Range(0, 2).SelectMany(g => Enumerable.Range(0, units.Length).Select(r => $"tx-{g}-{r}")));
    }

    [Fact]
    public async Task Write_RepeatedText_IsDictionaryEncodedAndUniqueTextIsNot()
    {
        using var dir = new TempDirectory();
        var path = dir.File("two_texts.parquet");
        var schema = new TableSchema("two_texts", [new("category", ColumnKind.Text), new("transaction_id", ColumnKind.Text)]);
        var batch = TableBatch.Allocate(schema, 5_000);
        for (var r = 0; r < batch.RowCount; r++)
        {
            batch.Text("category")[r] = (r % 7).ToString(System.Globalization.CultureInfo.InvariantCulture) + " aisle";
            batch.Text("transaction_id")[r] = Guid.NewGuid().ToString();
        }

        await using (var writer = await ParquetTableWriter.CreateAsync(path, schema))
        {
            await writer.WriteAsync(batch);
            await writer.CompleteAsync();
        }

        await using var reader = await Parquet.ParquetReader.CreateAsync(path);
        using var group = reader.OpenRowGroupReader(0);
        IList<Parquet.Meta.Encoding> EncodingsOf(string name) => group.GetMetadata(reader.Schema.DataFields.Single(f => f.Name == name))!.MetaData!.Encodings;
        Assert.Contains(Parquet.Meta.Encoding.PLAIN_DICTIONARY, EncodingsOf("category"));
        Assert.DoesNotContain(Parquet.Meta.Encoding.PLAIN_DICTIONARY, EncodingsOf("transaction_id"));
    }

    [Fact]
    public async Task Read_NamedColumns_DecodesOnlyThoseInFileOrder()
    {
        using var dir = new TempDirectory();
        var path = dir.File("all_kinds.parquet");
        var written = Batch(4, 0);
        await using (var writer = await ParquetTableWriter.CreateAsync(path, AllKinds))
        {
            await writer.WriteAsync(written);
            await writer.CompleteAsync();
        }

        await foreach (var b in ParquetTableReader.ReadAsync(path, ["day", "text", "not_there"]))
        {
            Assert.Equal(["text", "day"], b.Schema.ColumnNames);
            Assert.Equal(written.Text("text"), b.Text("text"));
            Assert.Equal(written.Date("day"), b.Date("day"));
        }
    }

    [Fact]
    public async Task Complete_AfterABatchTheEncoderRejects_ThrowsItsErrorAndLeavesNoFile()
    {
        using var dir = new TempDirectory();
        var path = dir.File("bad.parquet");
        var schema = new TableSchema("bad", [new("n", ColumnKind.Integer)]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var writer = await ParquetTableWriter.CreateAsync(path, schema);
            await writer.WriteAsync(new TableBatch(schema, 2, [new int[] { 1, 2 }]));
            await writer.WriteAsync(new TableBatch(schema, 1, [new long?[] { 3 }]));
            await writer.CompleteAsync();
        });

        Assert.Contains("unsupported column array", error.Message);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public async Task WriteThenRead_DatesAcrossTheWholeRange_RoundTripAsParquetDates()
    {
        using var dir = new TempDirectory();
        var path = dir.File("dates.parquet");
        var schema = new TableSchema("dates", [new("day", ColumnKind.Date)]);
        DateOnly?[] days = [DateOnly.MinValue, new(1969, 12, 31), null, new(1970, 1, 1), new(2026, 11, 24), DateOnly.MaxValue];
        await using (var writer = await ParquetTableWriter.CreateAsync(path, schema))
        {
            await writer.WriteAsync(new TableBatch(schema, days.Length, [days.ToArray()]));
            await writer.CompleteAsync();
        }

        Assert.Equal(days, (await TestTables.ReadAllAsync(path)).Single().Date("day"));
        await using var reader = await Parquet.ParquetReader.CreateAsync(path);
        var field = reader.Schema.DataFields.Single();
        Assert.Equal(typeof(DateTime), field.ClrType); // a DATE to any reader (Parquet.Net's default view of DATE is DateTime)
    }

    private static TableBatch Batch(int rows, int offset)
    {
        var batch = TableBatch.Allocate(AllKinds, rows);
        for (var r = 0; r < rows; r++)
        {
            var i = r + offset;
            var isNull = i % 3 == 1;
            batch.Integer(TableSchema.SourceRowColumn)[r] = i + 1;
            batch.Text("text")[r] = isNull ? null : $"value, \"{i}\" é";
            batch.Number("number")[r] = isNull ? null : (i * 1.5) - 2;
            batch.Boolean("flag")[r] = isNull ? null : i % 2 == 0;
            batch.Date("day")[r] = isNull ? null : new DateOnly(2026, 1, 1).AddDays(i * 40);
            batch.Timestamp("stamp")[r] = isNull ? null : new DateTime(2026, 11, 24, 6, 30, 15, DateTimeKind.Utc).AddMinutes(i * 77);
        }

        return batch;
    }

    private static void AssertSameRows(TableBatch expected, TableBatch actual)
    {
        Assert.Equal(expected.RowCount, actual.RowCount);
        for (var c = 0; c < expected.Columns.Length; c++)
        {
            for (var r = 0; r < expected.RowCount; r++)
            {
                var e = expected.Value(c, r);
                var a = actual.Value(c, r);
                if (e is DateTime et && a is DateTime at)
                {
                    Assert.Equal(et, at.Kind == DateTimeKind.Utc ? at : DateTime.SpecifyKind(at, DateTimeKind.Utc));
                }
                else
                {
                    Assert.Equal(e, a);
                }
            }
        }
    }
}
