using PantryPilot.Domain.Tables;
using Parquet;
using Parquet.Schema;

namespace PantryPilot.Activities.Storage;

/// <summary>Writes a table one row group per batch, streaming. The file appears at its final path only on
/// <see cref="CompleteAsync"/> (write to a temp file, then atomic rename), so a retried activity never sees half a file.</summary>
public sealed class ParquetTableWriter : IAsyncDisposable
{
    private readonly string _path;
    private readonly string _tempPath;
    private readonly FileStream _stream;
    private readonly ParquetWriter _writer;
    private readonly DataField[] _fields;
    private bool _completed;

    private ParquetTableWriter(string path, string tempPath, FileStream stream, ParquetWriter writer, TableSchema schema, DataField[] fields)
    {
        _path = path;
        _tempPath = tempPath;
        _stream = stream;
        _writer = writer;
        Schema = schema;
        _fields = fields;
    }

    public TableSchema Schema { get; }

    public long RowsWritten { get; private set; }

    public static async Task<ParquetTableWriter> CreateAsync(string path, TableSchema schema, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var tempPath = $"{path}.{Guid.NewGuid():N}.tmp";
        var stream = new FileStream(tempPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        var parquetSchema = ParquetFields.Schema(schema);
        var options = WriteOptions(parquetSchema.DataFields);
        var writer = await ParquetWriter.CreateAsync(parquetSchema, stream, options, cancellationToken: cancellationToken);
        return new ParquetTableWriter(path, tempPath, stream, writer, schema, parquetSchema.DataFields);
    }

    /// <summary>Text columns are dictionary-encoded (Parquet.Net 6 does that only when asked): pantry text repeats a lot,
    /// so files shrink by a third and every later stage decodes each distinct value once per row group. A column whose
    /// first values are nearly all distinct (transaction ids) is written plain after a quick sample.</summary>
    private static ParquetOptions WriteOptions(IEnumerable<DataField> fields)
    {
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy, DictionaryEncodingSampleSize = 4_096 };
        foreach (var field in fields.Where(f => ParquetFields.KindOf(f) == ColumnKind.Text))
        {
            options.ColumnEncodingHints[field.Path.ToString()] = EncodingHint.Dictionary;
        }

        return options;
    }

    public async Task WriteAsync(TableBatch batch, CancellationToken cancellationToken = default)
    {
        if (batch.RowCount == 0)
        {
            return;
        }

        using var group = _writer.CreateRowGroup();
        for (var c = 0; c < _fields.Length; c++)
        {
            var field = _fields[c];
            var n = batch.RowCount;
            switch (batch.Columns[c])
            {
                case string?[] s: await group.WriteAsync(field, new ArraySegment<string>(s!, 0, n)); break;
                case double?[] d: await group.WriteAsync<double>(field, new ReadOnlyMemory<double?>(d, 0, n), cancellationToken: cancellationToken); break;
                case long?[] l: await group.WriteAsync<long>(field, new ReadOnlyMemory<long?>(l, 0, n), cancellationToken: cancellationToken); break;
                case bool?[] b: await group.WriteAsync<bool>(field, new ReadOnlyMemory<bool?>(b, 0, n), cancellationToken: cancellationToken); break;
                case DateOnly?[] d: await group.WriteAsync<DateOnly>(field, new ReadOnlyMemory<DateOnly?>(d, 0, n), cancellationToken: cancellationToken); break;
                case DateTime?[] t: await group.WriteAsync<DateTime>(field, new ReadOnlyMemory<DateTime?>(t, 0, n), cancellationToken: cancellationToken); break;
                default: throw new InvalidOperationException($"unsupported column array {batch.Columns[c].GetType()}");
            }
        }

        RowsWritten += batch.RowCount;
    }

    /// <summary>Flushes the footer and moves the file into place atomically.</summary>
    public async Task CompleteAsync()
    {
        await _writer.DisposeAsync();
        await _stream.DisposeAsync();
        File.Move(_tempPath, _path, overwrite: true);
        _completed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_completed)
        {
            return;
        }

        await _writer.DisposeAsync();
        await _stream.DisposeAsync();
        File.Delete(_tempPath);
    }
}
