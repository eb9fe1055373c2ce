using System.Runtime.CompilerServices;
using PantryPilot.Domain.Tables;
using Parquet;
using Parquet.Schema;

namespace PantryPilot.Activities.Storage;

/// <summary>Reads a Parquet file one row group at a time, so memory is bounded by the row-group size. A stage that
/// needs only some columns names them and the others are never decoded (Parquet is columnar: that is most of the cost
/// saved).</summary>
public static class ParquetTableReader
{
    /// <summary>Date columns come back as <see cref="DateOnly"/> (Parquet.Net's default is DateTime), so Date stays
    /// Date.</summary>
    private static readonly ParquetOptions ReadOptions = new() { UseDateOnlyTypeForDates = true };

    public static async Task<TableSchema> ReadSchemaAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path, ReadOptions);
        return new TableSchema(
            Path.GetFileNameWithoutExtension(path),
            reader.Schema.DataFields.Select(f => new ColumnSpec(f.Name, ParquetFields.KindOf(f))));
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

    /// <summary>Every column, one batch per row group.</summary>
    public static IAsyncEnumerable<TableBatch> ReadAsync(string path, CancellationToken cancellationToken = default) =>
        ReadAsync(path, columns: null, cancellationToken);

    /// <summary>The named columns that the file has (in file order), one batch per row group; <c>null</c> means all.
    /// Callers check the batch schema for optional columns.</summary>
    public static async IAsyncEnumerable<TableBatch> ReadAsync(
        string path,
        IReadOnlyCollection<string>? columns,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var reader = await ParquetReader.CreateAsync(
            path,
            ReadOptions,
            cancellationToken: cancellationToken);
        var fields = reader.Schema.DataFields.Where(f => columns is null || columns.Contains(f.Name)).ToArray();
        var schema = new TableSchema(
            Path.GetFileNameWithoutExtension(path),
            fields.Select(f => new ColumnSpec(f.Name, ParquetFields.KindOf(f))));
        var text = fields.Select(
            (f, c) => schema.Columns[c].Kind == ColumnKind.Text ? new SharedTextColumn(f) : null).ToArray();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var group = reader.OpenRowGroupReader(g);
            var n = checked((int)group.RowCount);
            var batchColumns = new Array[fields.Length];
            for (var c = 0; c < fields.Length; c++)
            {
                batchColumns[c] = text[c] is { } t
                    ? await t.ReadAsync(group, n, cancellationToken)
                    : await ReadColumnAsync(group, fields[c], schema.Columns[c].Kind, n, cancellationToken);
            }

            yield return new TableBatch(schema, n, batchColumns);
        }
    }

    private static async ValueTask<Array> ReadColumnAsync(
        ParquetRowGroupReader group,
        DataField field,
        ColumnKind kind,
        int n,
        CancellationToken ct)
    {
        switch (kind)
        {
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
