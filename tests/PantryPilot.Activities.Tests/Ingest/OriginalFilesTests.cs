using System.Globalization;
using PantryPilot.Activities.Database;
using PantryPilot.Activities.Ingest;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Activities.Transform;
using PantryPilot.Activities.Validation;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Tests.Ingest;

/// <summary>The original system's files, written by hand in its layout (Fixtures/original: True/False booleans,
/// quoted comma-separated tags, last_updated as a date or a timestamp, expiry before purchase on some rows), through
/// ingest, validate and transform. The oracle is this file's own CSV splitter and value table, not the reader under test.</summary>
public sealed class OriginalFilesTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "original");

    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task Pipeline_OriginalLayoutFiles_QuarantinesNothingValid()
    {
        var run = Run(Path.Combine(Fixtures, "inventory.csv"), Path.Combine(Fixtures, "purchase_history.csv"), ValidationPolicy.Quarantine);

        foreach (var table in new[] { DataTable.Inventory, DataTable.Purchases })
        {
            var (ingest, validate, transform) = await ThroughTransformAsync(run, table);

            Assert.Equal(40, ingest.Counts.RowsIn);
            Assert.True(ingest.Counts.RowsQuarantined == 0, await QuarantineReasonsAsync(ingest.QuarantinePath));
            Assert.True(validate.Success, File.ReadAllText(validate.ResultPath));
            Assert.Equal(0, validate.Counts.RowsQuarantined);
            Assert.True(transform.Counts.RowsQuarantined == 0, await QuarantineReasonsAsync(transform.QuarantinePath));
            Assert.Equal(40, transform.Counts.RowsOut);
        }
    }

    [Fact]
    public async Task Pipeline_OriginalBooleans_ReadAsTheFileWroteThem()
    {
        var run = Run(Path.Combine(Fixtures, "inventory.csv"), Path.Combine(Fixtures, "purchase_history.csv"), ValidationPolicy.Quarantine);
        var ingest = await Ingest().IngestAsync(new(run, DataTable.Purchases));

        var expected = ReadCsv(run.Csv!.PurchasesCsv).Select(r => r["discount_applied"] == "True").ToArray();
        var actual = new List<bool?>();
        await foreach (var batch in ParquetTableReader.ReadAsync(ingest.RawPath))
        {
            actual.AddRange(batch.Boolean("discount_applied").Take(batch.RowCount));
        }

        Assert.Equal(expected.Select(b => (bool?)b), actual);
        Assert.Contains(true, actual);
    }

    /// <summary>Row conservation with values: every input line is found in exactly one of processed/ or a
    /// quarantine file, and every field there equals what the file held (text as text where the row was quarantined
    /// at ingest, typed values elsewhere).</summary>
    [Fact]
    public async Task Pipeline_MessyCopy_ProcessedPlusQuarantineReproduceEveryInputValue()
    {
        var lines = File.ReadAllLines(Path.Combine(Fixtures, "inventory.csv")).ToList();
        lines[3] = ReplaceField(lines[3], 7, "maybe");                                            // not a boolean: ingest
        lines[5] = ReplaceField(lines[5], 3, "eight hundred");                                    // not a number: ingest
        lines[7] = "user_009,I999,Broken,1,kg";                                                   // too few fields: ingest
        lines[9] = ReplaceField(lines[9], 6, "2025-02-30");                                       // not a date: ingest
        lines[12] = ReplaceField(lines[12], 3, "-4");                                             // negative: validation
        lines[15] = ReplaceField(lines[15], 4, "bushel");                                         // unknown unit: validation
        var inventory = dir.File("inventory.csv", string.Join('\n', lines) + "\n");
        var run = Run(inventory, Path.Combine(Fixtures, "purchase_history.csv"), ValidationPolicy.Quarantine);

        var (ingest, validate, transform) = await ThroughTransformAsync(run, DataTable.Inventory);

        Assert.Equal(4, ingest.Counts.RowsQuarantined);
        Assert.Equal(2, validate.Counts.RowsQuarantined);
        Assert.True(transform.Counts.Conserved);

        var found = new Dictionary<long, (string Where, Dictionary<string, object?> Row)>();
        foreach (var (where, path) in new[] { ("processed", transform.ProcessedPath), ("ingest", ingest.QuarantinePath!), ("validate", validate.QuarantinePath!), ("transform", transform.QuarantinePath) })
        {
            if (path is null)
            {
                continue;
            }

            await foreach (var batch in ParquetTableReader.ReadAsync(path))
            {
                for (var r = 0; r < batch.RowCount; r++)
                {
                    var row = batch.Schema.Columns.Select((c, i) => (c.Name, Value: batch.Value(i, r))).ToDictionary(p => p.Name, p => p.Value);
                    Assert.True(found.TryAdd((long)row["source_row"]!, (where, row)), $"line {row["source_row"]} is in two outputs");
                }
            }
        }

        var original = File.ReadAllLines(inventory);
        var header = CsvLine.Split(original[0]);
        Assert.Equal(Enumerable.Range(2, original.Length - 1).Select(i => (long)i), found.Keys.Order());
        for (var line = 2; line <= original.Length; line++)
        {
            var (where, row) = found[line];
            var fields = CsvLine.Split(original[line - 1]);
            if (fields.Count != header.Count)
            {
                Assert.Equal("ingest", where);
                Assert.Equal(original[line - 1], row[TextQuarantineBuilder.RawLineColumn]);
                continue;
            }

            for (var f = 0; f < header.Count; f++)
            {
                var text = fields[f];
                var value = row[header[f]];
                if (where == "ingest")
                {
                    Assert.Equal(text, value); // quarantined before typing: the very text
                }
                else
                {
                    Assert.True(TypedValueOracle.SameValue(PantrySchemas.Inventory[header[f]].Kind, text, value), $"line {line} field {header[f]} ({where}): file '{text}', output '{value}'");
                }
            }
        }
    }

    private async Task<(IngestOutput Ingest, ValidateOutput Validate, TransformOutput Transform)> ThroughTransformAsync(PipelineRun run, DataTable table)
    {
        var ingest = await Ingest().IngestAsync(new(run, table));
        var validate = await new ValidationActivities(TestRoots.Local).ValidateAsync(new(run, table, ingest.RawPath));
        var transform = await new TransformActivities(TestRoots.Local).TransformAsync(new(run, table, validate.ValidPath));
        return (ingest, validate, transform);
    }

    private PipelineRun Run(string inventory, string purchases, ValidationPolicy policy) =>
        new("original-files", dir.Combine("data"), new DateOnly(2025, 3, 20), SourceKind.Csv, Csv: new CsvSource(inventory, purchases), Policy: policy);

    private static IngestActivities Ingest() => new(new PantryDatabase(new DatabaseOptions(null)), TestRoots.Local);

    private static async Task<string> QuarantineReasonsAsync(string? path)
    {
        if (path is null)
        {
            return string.Empty;
        }

        var reasons = new List<string?>();
        await foreach (var batch in ParquetTableReader.ReadAsync(path))
        {
            reasons.AddRange(batch.Text("reason").Take(batch.RowCount));
        }

        return string.Join("\n", reasons);
    }

    private static string ReplaceField(string line, int index, string value)
    {
        var fields = CsvLine.Split(line);
        fields[index] = value;
        return string.Join(',', fields.Select(f => f.Contains(',', StringComparison.Ordinal) ? $"\"{f}\"" : f));
    }

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = CsvLine.Split(lines[0]);
        return lines.Skip(1).Select(l => header.Zip(CsvLine.Split(l)).ToDictionary(p => p.First, p => p.Second)).ToList();
    }
}
