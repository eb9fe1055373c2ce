using System.Diagnostics;
using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;
using PantryPilot.Activities.Database;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Benchmarks.Pipeline;

/// <summary>Read-only: times <see cref="PantryDatabase.ReadAsync"/> over one table (batches consumed, rows counted)
/// against the raw COPY-out floor and, with <c>--legacy</c>, the previous per-value <see cref="NpgsqlBinaryExporter"/>
/// reader. Loads nothing, so it can run against a shared benchmark database.</summary>
public static class IngestReadBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var table = args.Contains("--inventory") ? DataTable.Inventory : DataTable.Purchases;
        var legacy = args.Contains("--legacy");
        var url = BenchmarkDatabase.Url;
        await using var database = new PantryDatabase(new DatabaseOptions(url));
        Console.WriteLine($"ingest-read: {DatabaseTables.NameOf(table)} at {database.Endpoint}, {Environment.ProcessorCount} cores");

        var clock = Stopwatch.StartNew();
        var cpu = Cpu();
        var floorRows = (await database.CopyOutBaselineAsync(table)).Rows;
        var floor = clock.Elapsed.TotalSeconds;
        Report("floor: COPY TO STDOUT (FORMAT BINARY)", floor, floorRows, floor, 0, Cpu() - cpu);

        var allocated = GC.GetTotalAllocatedBytes();
        cpu = Cpu();
        clock.Restart();
        var rows = await CountAsync(database.Exporter.ReadAsync(table));
        Report("ReadAsync (raw COPY decoder)", clock.Elapsed.TotalSeconds, rows, floor, GC.GetTotalAllocatedBytes() - allocated, Cpu() - cpu);

        // Stopping after the first batch must cancel the COPY, not drain the rest of the table.
        clock.Restart();
        await foreach (var batch in database.Exporter.ReadAsync(table))
        {
            Console.WriteLine($"{"first batch",-40} {clock.Elapsed.TotalSeconds,8:F2} s {batch.RowCount,12:N0} rows");
            clock.Restart();
            break;
        }

        Console.WriteLine($"{"stop after the first batch",-40} {clock.Elapsed.TotalSeconds,8:F2} s");

        if (legacy)
        {
            allocated = GC.GetTotalAllocatedBytes();
            cpu = Cpu();
            clock.Restart();
            rows = await CountAsync(LegacyReadAsync(database, table));
            Report("legacy NpgsqlBinaryExporter reader", clock.Elapsed.TotalSeconds, rows, floor, GC.GetTotalAllocatedBytes() - allocated, Cpu() - cpu);
        }

        return 0;
    }

    private static async Task<long> CountAsync(IAsyncEnumerable<TableBatch> batches)
    {
        long rows = 0;
        await foreach (var batch in batches)
        {
            rows += batch.RowCount;
        }

        return rows;
    }

    // This process's CPU: what the reader takes from the cores the rest of the pipeline (and PostgreSQL) need.
    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static void Report(string name, double seconds, long rows, double floor, long allocated, double cpu) =>
        Console.WriteLine($"{name,-40} {seconds,8:F2} s {rows,12:N0} rows {seconds / floor,6:F2}x floor {cpu,7:F2} s CPU {allocated / 1024.0 / 1024.0,8:N0} MiB allocated");

    /// <summary>The reader ReadAsync replaced (one Npgsql typed read per value), kept here as the "before".</summary>
    private static async IAsyncEnumerable<TableBatch> LegacyReadAsync(PantryDatabase database, DataTable table, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var schema = DatabaseTables.SchemaOf(table);
        var columns = DatabaseTables.StoredColumns(table);
        var targets = columns.Select(c => schema.IndexOf(c.Name)).ToArray();
        var types = columns.Select(c => DatabaseTables.PgType(c.Kind)).ToArray();
        var sourceRow = schema.IndexOf(TableSchema.SourceRowColumn);
        await using var conn = await database.OpenAsync(ct);
        await using var exporter = await conn.BeginBinaryExportAsync(
            $"COPY (SELECT {DatabaseTables.RowIdColumn}, {DatabaseTables.ColumnList(columns)} FROM {DatabaseTables.NameOf(table)} ORDER BY {DatabaseTables.RowIdColumn}) TO STDOUT (FORMAT BINARY)", ct);
        var batch = TableBatch.Allocate(schema, PantryDatabase.DefaultBatchSize);
        var n = 0;
        while (await exporter.StartRowAsync(ct) != -1)
        {
            ((long?[])batch.Columns[sourceRow])[n] = exporter.Read<long>(NpgsqlDbType.Bigint);
            for (var c = 0; c < targets.Length; c++)
            {
                var column = batch.Columns[targets[c]];
                if (exporter.IsNull)
                {
                    exporter.Skip();
                    continue;
                }

                switch (column)
                {
                    case string?[] s: s[n] = exporter.Read<string>(types[c]); break;
                    case double?[] d: d[n] = exporter.Read<double>(types[c]); break;
                    case long?[] l: l[n] = exporter.Read<long>(types[c]); break;
                    case bool?[] b: b[n] = exporter.Read<bool>(types[c]); break;
                    case DateOnly?[] d: d[n] = exporter.Read<DateOnly>(types[c]); break;
                    case DateTime?[] t: t[n] = exporter.Read<DateTime>(types[c]); break;
                    default: throw new InvalidOperationException($"unsupported column array {column.GetType()}");
                }
            }

            if (++n == PantryDatabase.DefaultBatchSize)
            {
                yield return batch;
                batch = TableBatch.Allocate(schema, PantryDatabase.DefaultBatchSize);
                n = 0;
            }
        }

        if (n > 0)
        {
            yield return batch.WithRowCount(n);
        }
    }
}
