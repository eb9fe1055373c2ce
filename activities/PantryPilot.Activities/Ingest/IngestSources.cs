using System.Runtime.CompilerServices;
using PantryPilot.Activities.Database;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Generation;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Ingest;

/// <summary>Every source of a table as one stream of <see cref="ParsedBatch"/>: parsed rows plus the rows that failed
/// to parse (only files can fail; the database and the generator give typed rows).</summary>
public sealed class IngestSources(PantryDatabase database)
{
    public const int BatchSize = 65_536;

    public IAsyncEnumerable<ParsedBatch> Open(
        PipelineRun run,
        DataTable table,
        Action<string>? onWarning = null,
        CancellationToken cancellationToken = default)
        => run.Source switch
        {
            SourceKind.Synthetic => Synthetic(run, table, cancellationToken),
            SourceKind.Postgres => Postgres(table, cancellationToken),
            SourceKind.Csv => Csv(run, table, onWarning, cancellationToken),
            _ => throw new BadInputException($"unknown source '{run.Source}'"),
        };

    public static GeneratorSettings SettingsFor(PipelineRun run)
    {
        var s = run.Synthetic ?? new SyntheticOptions();
        return new GeneratorSettings(s.Users, s.ItemsPerUser, s.PurchasesPerUser, s.Seed, s.FaultRate, run.AsOf);
    }

    private static IAsyncEnumerable<ParsedBatch> Synthetic(PipelineRun run, DataTable table, CancellationToken ct)
    {
        var generator = new SyntheticDataGenerator(SettingsFor(run));
        return table switch
        {
            DataTable.Inventory => Typed(AsAsync(generator.Inventory(BatchSize), ct), PantrySchemas.Inventory, ct),
            DataTable.Purchases => Typed(AsAsync(generator.Purchases(BatchSize), ct), PantrySchemas.Purchases, ct),
            DataTable.Receipts => AsAsync(
                CordReceiptReader.Flatten(generator.Receipts(), batchSize: BatchSize, cancellationToken: ct),
                ct),
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
        };
    }

    private IAsyncEnumerable<ParsedBatch> Postgres(DataTable table, CancellationToken ct) => table == DataTable.Receipts
        ? CordReceiptReader.FlattenAsync(database.Receipts.ReadAsync(ct), batchSize: BatchSize, cancellationToken: ct)
        : Typed(database.Exporter.ReadAsync(table, BatchSize, ct), DatabaseTables.SchemaOf(table), ct);

    private static IAsyncEnumerable<ParsedBatch> Csv(
        PipelineRun run,
        DataTable table,
        Action<string>? onWarning,
        CancellationToken ct)
    {
        var csv = run.Csv
            ?? throw new BadInputException(
                "source 'csv' needs the CSV paths (inventory, purchases, optional receipts folder)");
        return table switch
        {
            DataTable.Inventory => AsAsync(
                CsvTableReader.Read(
                    csv.InventoryCsv,
                    PantrySchemas.Inventory,
                    BatchSize,
                    onWarning,
                    ct,
                    run.Strict,
                    carryUnknownColumns: true),
                ct),
            DataTable.Purchases => AsAsync(
                CsvTableReader.Read(
                    csv.PurchasesCsv,
                    PantrySchemas.Purchases,
                    BatchSize,
                    onWarning,
                    ct,
                    run.Strict,
                    carryUnknownColumns: true),
                ct),
            DataTable.Receipts => string.IsNullOrEmpty(csv.ReceiptsDir)
                ? AsAsync(Enumerable.Empty<ParsedBatch>(), ct)
                : AsAsync(CordReceiptReader.ReadFolder(csv.ReceiptsDir, BatchSize, ct), ct),
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
        };
    }

    /// <summary>Typed batches need no parsing: nothing to quarantine. Checks the columns match the table (they are
    /// written to Parquet by position) and numbers rows that arrive without a <c>source_row</c>.</summary>
    private static async IAsyncEnumerable<ParsedBatch> Typed(
        IAsyncEnumerable<TableBatch> batches,
        TableSchema schema,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var none = TableBatch.Allocate(PantrySchemas.Quarantine(schema), 0);
        var sourceRow = schema.IndexOf(TableSchema.SourceRowColumn);
        long ordinal = 0;
        await foreach (var batch in batches.WithCancellation(ct))
        {
            if (!ReferenceEquals(batch.Schema, schema) && !SameColumns(batch.Schema, schema))
            {
                throw new InvalidOperationException(
                    $"table {schema.Name}: the source produced columns ("
                    + $"{string.Join(", ", batch.Schema.ColumnNames)}) that differ from the schema");
            }

            var rows = (long?[])batch.Columns[sourceRow];
            for (var r = 0; r < batch.RowCount; r++)
            {
                ordinal++;
                rows[r] ??= ordinal;
            }

            yield return new ParsedBatch(batch, none);
        }
    }

    /// <summary>The schema's columns first, by name and kind; any further ones are text columns the table carries
    /// beyond the schema (PostgreSQL columns added by hand), kept as text.</summary>
    private static bool SameColumns(TableSchema batch, TableSchema schema) =>
        batch.Columns.Count >= schema.Columns.Count
        && batch.Columns.Zip(schema.Columns).All(p => p.First.Name == p.Second.Name && p.First.Kind == p.Second.Kind)
        && batch.Columns.Skip(schema.Columns.Count).All(c => c.Kind == ColumnKind.Text);

    private static async IAsyncEnumerable<T> AsAsync<T>(
        IEnumerable<T> items,
        [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var item in items)
        {
            ct.ThrowIfCancellationRequested();
            yield return item;
            await Task.Yield();
        }
    }
}
