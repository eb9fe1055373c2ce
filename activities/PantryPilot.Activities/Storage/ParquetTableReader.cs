using System.Runtime.CompilerServices;
using PantryPilot.Domain.Tables;
using Parquet;
using Parquet.Schema;

namespace PantryPilot.Activities.Storage;

/// <summary>Reads a Parquet file one row group at a time, so memory is bounded by the row-group size.</summary>
public static class ParquetTableReader
{
    /// <summary>Date columns come back as <see cref="DateOnly"/> (Parquet.Net's default is DateTime), so Date stays Date.</summary>
    private static readonly ParquetOptions ReadOptions = new() { UseDateOnlyTypeForDates = true };

    public static async Task<TableSchema> ReadSchemaAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path, ReadOptions);
        return new TableSchema(Path.GetFileNameWithoutExtension(path), reader.Schema.DataFields.Select(f => new ColumnSpec(f.Name, ParquetFields.KindOf(f))));
    }

    public static async Task<long> CountRowsAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        long rows = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            rows += group.RowCount;
        }

        return rows;
    }

    public static async IAsyncEnumerable<TableBatch> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var reader = await ParquetReader.CreateAsync(path, ReadOptions, cancellationToken: cancellationToken);
        var fields = reader.Schema.DataFields;
        var schema = new TableSchema(Path.GetFileNameWithoutExtension(path), fields.Select(f => new ColumnSpec(f.Name, ParquetFields.KindOf(f))));
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var group = reader.OpenRowGroupReader(g);
            var n = checked((int)group.RowCount);
            var columns = new Array[fields.Length];
            for (var c = 0; c < fields.Length; c++)
            {
                columns[c] = await ReadColumnAsync(group, fields[c], schema.Columns[c].Kind, n, cancellationToken);
            }

            yield return new TableBatch(schema, n, columns);
        }
    }

    private static async ValueTask<Array> ReadColumnAsync(ParquetRowGroupReader group, DataField field, ColumnKind kind, int n, CancellationToken ct)
    {
        switch (kind)
        {
            case ColumnKind.Text:
                var s = new string?[n];
                await group.ReadAsync(field, s.AsMemory(), cancellationToken: ct);
                return s;
            case ColumnKind.Number:
                var d = new double?[n];
                await group.ReadAsync<double>(field, d.AsMemory(), cancellationToken: ct);
                return d;
            case ColumnKind.Integer:
                var l = new long?[n];
                await group.ReadAsync<long>(field, l.AsMemory(), cancellationToken: ct);
                return l;
            case ColumnKind.Boolean:
                var b = new bool?[n];
                await group.ReadAsync<bool>(field, b.AsMemory(), cancellationToken: ct);
                return b;
            case ColumnKind.Date:
                var dt = new DateOnly?[n];
                await group.ReadAsync<DateOnly>(field, dt.AsMemory(), cancellationToken: ct);
                return dt;
            case ColumnKind.Timestamp:
                var ts = new DateTime?[n];
                await group.ReadAsync<DateTime>(field, ts.AsMemory(), cancellationToken: ct);
                return ts;
            default:
                throw new NotSupportedException($"column {field.Name}: kind {kind}");
        }
    }
}
