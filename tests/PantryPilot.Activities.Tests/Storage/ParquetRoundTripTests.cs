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
