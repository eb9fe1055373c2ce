using System.Globalization;
using System.Text;
using CsCheck;
using PantryPilot.Activities.Database;
using PantryPilot.Activities.Ingest;
using PantryPilot.Activities.Storage;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Activities.Transform;
using PantryPilot.Activities.Validation;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Tests.Ingest;

/// <summary>Columns the layout does not know are carried through ingest, validate and transform as text, verbatim,
/// after the known columns in file order. Real files through the real activities; the oracle is this file's own CSV
/// writer and splitter (the values are written here, then looked for in the outputs).</summary>
public sealed class UnknownColumnsTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "original");

    /// <summary>Values a real export holds in a free-text column: commas, quotes, blanks, leading zeros, spaces, non-ASCII.</summary>
    private static readonly string[] AisleValues = ["A7", "Aisle 7, left", "", "  3 ", "\"B\" shelf", "007", "Kühlregal", "1e5", "True", "2025-03-01", "-"];

    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task Pipeline_ExtraColumnStoreAisle_ReachesProcessedWithEveryValueIntact()
    {
        var (path, expected) = WithExtraColumns(File.ReadAllLines(Path.Combine(Fixtures, "inventory.csv")), insertAt: 3, ("store_aisle", AisleValues), ("shelf note", ["top", "", "x,y"]));
        var run = Run(path, writeCsv: true);

        var (ingest, validate, transform) = await ThroughTransformAsync(run, DataTable.Inventory);

        Assert.Equal(0, ingest.Counts.RowsQuarantined + validate.Counts.RowsQuarantined + transform.Counts.RowsQuarantined);
        var schema = await ParquetTableReader.ReadSchemaAsync(transform.ProcessedPath);
        var names = schema.ColumnNames.ToArray();
        Assert.Equal(["store_aisle", "shelf note"], names[^2..]);
        Assert.Equal(PantrySchemas.Inventory.ColumnNames.Concat(PantrySchemas.InventoryDerived.Select(c => c.Name)), names[..^2]);
        Assert.All(schema.Columns.TakeLast(2), c => Assert.Equal(ColumnKind.Text, c.Kind));

        var processed = await ReadRowsAsync(transform.ProcessedPath);
        Assert.Equal(expected.Count, processed.Count);
        foreach (var (line, values) in expected)
        {
            Assert.Equal(values["store_aisle"], processed[line]["store_aisle"]);
            Assert.Equal(values["shelf note"], processed[line]["shelf note"]);
        }

        // The --csv output holds the same text (read back with this file's own splitter).
        var csvLines = File.ReadAllLines(Path.ChangeExtension(transform.ProcessedPath, ".csv"));
        var csvHeader = CsvLine.Split(csvLines[0]);
        var csvRows = csvLines.Skip(1).Select(CsvLine.Split).ToDictionary(f => long.Parse(f[csvHeader.IndexOf("source_row")], CultureInfo.InvariantCulture));
        foreach (var (line, values) in expected)
        {
            Assert.Equal(values["store_aisle"], csvRows[line][csvHeader.IndexOf("store_aisle")]);
            Assert.Equal(values["shelf note"], csvRows[line][csvHeader.IndexOf("shelf note")]);
        }

        var manifest = await RawManifest.ReadAsync(ingest.ManifestPath);
        Assert.Contains(manifest.Schema, c => c is { Name: "store_aisle", Kind: "text" });
        Assert.Contains(manifest.Warnings, w => w.Contains("'store_aisle' is not part of the inventory layout; it is carried through", StringComparison.Ordinal));
    }

    /// <summary>Bad rows at every stage, extra columns on every row: processed + the three quarantine files together
    /// hold every input line once, with every field, the extras included, equal to the file's.</summary>
    [Fact]
    public async Task Pipeline_MessyFileWithExtras_ProcessedPlusQuarantineReproduceEveryInputValue()
    {
        var lines = File.ReadAllLines(Path.Combine(Fixtures, "inventory.csv"));
        var (path, expected) = WithExtraColumns(lines, insertAt: 17, ("store_aisle", AisleValues));
        var edited = File.ReadAllLines(path);
        edited[3] = ReplaceField(edited[3], 3, "eight hundred");  // not a number: ingest
        edited[5] = ReplaceField(edited[5], 3, "-4");             // negative: validation
        edited[7] = ReplaceField(edited[7], 4, "bushel");         // unknown unit: validation
        File.WriteAllLines(path, edited);
        var run = Run(path, writeCsv: false);

        var (ingest, validate, transform) = await ThroughTransformAsync(run, DataTable.Inventory);

        Assert.Equal(1, ingest.Counts.RowsQuarantined);
        Assert.Equal(2, validate.Counts.RowsQuarantined);
        var found = new Dictionary<long, (string Where, Dictionary<string, object?> Row)>();
        foreach (var (where, output) in new[] { ("processed", transform.ProcessedPath), ("ingest", ingest.QuarantinePath), ("validate", validate.QuarantinePath), ("transform", transform.QuarantinePath) })
        {
            if (output is null)
            {
                continue;
            }

            foreach (var (line, row) in await ReadRowsAsync(output))
            {
                Assert.True(found.TryAdd(line, (where, row)), $"line {line} is in two outputs");
            }
        }

        var header = CsvLine.Split(edited[0]);
        Assert.Equal(Enumerable.Range(2, edited.Length - 1).Select(i => (long)i), found.Keys.Order());
        for (var line = 2; line <= edited.Length; line++)
        {
            var (where, row) = found[line];
            var fields = CsvLine.Split(edited[line - 1]);
            for (var f = 0; f < header.Count; f++)
            {
                var known = PantrySchemas.Inventory.Contains(header[f]);
                Assert.True(
                    where == "ingest" || !known ? Equals(fields[f], row[header[f]]) : TypedValueOracle.SameValue(PantrySchemas.Inventory[header[f]].Kind, fields[f], row[header[f]]),
                    $"line {line} field {header[f]} ({where}): file '{fields[f]}', output '{row[header[f]]}'");
            }
        }

        Assert.Equal(expected.Count, found.Count);
    }

    /// <summary>Random extra columns (names, positions, text with commas, quotes and blanks) on the original file:
    /// raw/ holds each carried value exactly as written, after the layout's columns in file order.</summary>
    [Fact]
    public void Ingest_RandomExtraColumns_CarriedVerbatimInFileOrder()
    {
        var original = File.ReadAllLines(Path.Combine(Fixtures, "inventory.csv"));
        var text = Gen.Char["abcXYZ 09,\"'-_äé;"].Array[0, 12].Select(c => new string(c));
        var column = Gen.Select(Gen.Char['a', 'z'].Array[3, 8].Select(c => "x_" + new string(c)), text.Array[original.Length - 1]);
        Gen.Select(column.Array[1, 4], Gen.Int[0, 17]).Sample((columns, at) =>
        {
            var named = columns.DistinctBy(c => c.Item1).Select(c => (c.Item1, c.Item2)).ToArray();
            var (path, expected) = WithExtraColumns(original, at, named);
            var run = Run(path, writeCsv: false);
            var ingest = Ingest().IngestAsync(new(run, DataTable.Inventory)).GetAwaiter().GetResult();

            Assert.Equal(0, ingest.Counts.RowsQuarantined);
            var raw = ReadRowsAsync(ingest.RawPath).GetAwaiter().GetResult();
            var schemaNames = ParquetTableReader.ReadSchemaAsync(ingest.RawPath).GetAwaiter().GetResult().ColumnNames.ToArray();
            Assert.Equal(named.Select(n => n.Item1), schemaNames[PantrySchemas.Inventory.Columns.Count..]);
            foreach (var (line, values) in expected)
            {
                foreach (var (name, _) in named)
                {
                    Assert.Equal(values[name], raw[line][name]);
                }
            }
        }, iter: 40, threads: 1);
    }

    /// <summary>A trailing comma (a blank header) and a header that would shadow a column the pipeline writes keep their
    /// values under <c>column_N</c>, with a warning saying so; nothing is dropped silently.</summary>
    [Fact]
    public void Read_BlankOrShadowingHeader_CarriedAsColumnNWithAWarning()
    {
        var lines = File.ReadAllLines(Path.Combine(Fixtures, "inventory.csv")).Take(4).ToArray();
        var (path, expected) = WithExtraColumns(lines, insertAt: 99, ("qty_canonical", ["q1", "q2", "q3"]), (string.Empty, ["", "z", ""]));
        var warnings = new List<string>();

        var batches = CsvTableReader.Read(path, PantrySchemas.Inventory, onWarning: warnings.Add, carryUnknownColumns: true).ToList();

        var rows = batches.Single().Rows;
        Assert.Equal(["column_18", "column_19"], rows.Schema.ColumnNames.Skip(PantrySchemas.Inventory.Columns.Count));
        Assert.Equal(expected.Values.Select(v => v["qty_canonical"]), rows.Text("column_18").Take(rows.RowCount));
        Assert.Equal(expected.Values.Select(v => v[string.Empty]), rows.Text("column_19").Take(rows.RowCount));
        Assert.Contains(warnings, w => w.EndsWith("column 'qty_canonical' would shadow a column the pipeline writes; it is carried through as text named 'column_18'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.EndsWith("column 19 has no header; it is carried through as text named 'column_19'", StringComparison.Ordinal));
    }

    private async Task<(IngestOutput Ingest, ValidateOutput Validate, TransformOutput Transform)> ThroughTransformAsync(PipelineRun run, DataTable table)
    {
        var ingest = await Ingest().IngestAsync(new(run, table));
        var validate = await new ValidationActivities(TestRoots.Local).ValidateAsync(new(run, table, ingest.RawPath));
        var transform = await new TransformActivities(TestRoots.Local).TransformAsync(new(run, table, validate.ValidPath));
        return (ingest, validate, transform);
    }

    /// <summary>The lines with extra columns inserted at header position <paramref name="insertAt"/> (values cycled
    /// over the rows), written to a new file; returns it and, per line number, each extra column's value.</summary>
    private (string Path, Dictionary<long, Dictionary<string, string>> Expected) WithExtraColumns(string[] lines, int insertAt, params (string Name, string[] Values)[] columns)
    {
        var expected = new Dictionary<long, Dictionary<string, string>>();
        var output = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            var fields = CsvLine.Split(lines[i]);
            var extra = columns.Select(c => i == 0 ? c.Name : c.Values[(i - 1) % c.Values.Length]).ToArray();
            if (i > 0)
            {
                expected[i + 1] = columns.Zip(extra).ToDictionary(p => p.First.Name, p => p.Second);
            }

            fields.InsertRange(Math.Min(insertAt, fields.Count), extra);
            output.Append(string.Join(',', fields.Select(Quote))).Append('\n');
        }

        var path = dir.File($"inventory-{Guid.NewGuid():N}.csv", output.ToString());
        return (path, expected);
    }

    private PipelineRun Run(string inventory, bool writeCsv) =>
        new("unknown-columns", dir.Combine("data"), new DateOnly(2025, 3, 20), SourceKind.Csv,
            Csv: new CsvSource(inventory, Path.Combine(Fixtures, "purchase_history.csv")), Policy: ValidationPolicy.Quarantine, WriteCsv: writeCsv);

    private static IngestActivities Ingest() => new(new PantryDatabase(new DatabaseOptions(null)), TestRoots.Local);

    /// <summary>Every row of a Parquet file by its source_row, each column's value as an object.</summary>
    private static async Task<Dictionary<long, Dictionary<string, object?>>> ReadRowsAsync(string path)
    {
        var rows = new Dictionary<long, Dictionary<string, object?>>();
        await foreach (var batch in ParquetTableReader.ReadAsync(path))
        {
            for (var r = 0; r < batch.RowCount; r++)
            {
                var row = batch.Schema.Columns.Select((c, i) => (c.Name, Value: batch.Value(i, r))).ToDictionary(p => p.Name, p => p.Value);
                rows.Add((long)row[TableSchema.SourceRowColumn]!, row);
            }
        }

        return rows;
    }

    private static string ReplaceField(string line, int index, string value)
    {
        var fields = CsvLine.Split(line);
        fields[index] = value;
        return string.Join(',', fields.Select(Quote));
    }

    /// <summary>RFC 4180 quoting: a field with a comma, quote or leading/trailing space is quoted, quotes doubled.</summary>
    private static string Quote(string field) =>
        field.IndexOfAny([',', '"']) >= 0 || field != field.Trim() ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
