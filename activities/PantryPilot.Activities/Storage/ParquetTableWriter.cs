using System.Threading.Channels;
using PantryPilot.Domain.Tables;
using Parquet;
using Parquet.Schema;

namespace PantryPilot.Activities.Storage;

/// <summary>Writes a table one row group per batch, streaming. Encoding runs behind the caller on its own task (at most
/// two batches queued), so a stage produces its next batch while the previous one is compressed and written: Parquet
/// encoding is the largest single cost of every stage that writes. Batches handed over must not be changed afterwards.
/// The file appears at its final path only on <see cref="CompleteAsync"/> (write to a temp file, then atomic rename),
/// so a retried activity never sees half a file.</summary>
public sealed class ParquetTableWriter : IAsyncDisposable
{
    private readonly string path;
    private readonly string tempPath;
    private readonly FileStream stream;
    private readonly ParquetWriter writer;
    private readonly DataField[] fields;
    private readonly DataField?[] dayFields;
    private readonly Channel<TableBatch> pending = Channel.CreateBounded<TableBatch>(
        new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
    private readonly CancellationTokenSource abandon = new();
    private readonly Task encoder;
    private bool completed;

    private ParquetTableWriter(
        string path,
        string tempPath,
        FileStream stream,
        ParquetWriter writer,
        TableSchema schema,
        DataField[] fields)
    {
        this.path = path;
        this.tempPath = tempPath;
        this.stream = stream;
        this.writer = writer;
        Schema = schema;
        this.fields = fields;
        // Int32 views of the date columns, attached to a schema of their own so their nullability levels are set.
        var views = fields.Select(f => f.ClrType == typeof(DateOnly) ? new DataField<int?>(f.Name) : null).ToArray();
        if (views.Any(v => v is not null))
        {
            _ = new ParquetSchema(views.OfType<Field>().ToArray());
        }

        this.dayFields = views;
        this.encoder = Task.Run(EncodeQueuedAsync);
    }

    public TableSchema Schema { get; }

    /// <summary>Rows accepted so far (all of them are in the file once <see cref="CompleteAsync"/> returns).</summary>
    public long RowsWritten { get; private set; }

    public static async Task<ParquetTableWriter> CreateAsync(
        string path,
        TableSchema schema,
        CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var tempPath = $"{path}.{Guid.NewGuid():N}.tmp";
        var stream = new FileStream(tempPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        var parquetSchema = ParquetFields.Schema(schema);
        var writer = await ParquetWriter.CreateAsync(
            parquetSchema,
            stream,
            WriteOptions(parquetSchema.DataFields),
            cancellationToken: cancellationToken);
        return new ParquetTableWriter(path, tempPath, stream, writer, schema, parquetSchema.DataFields);
    }

    public async Task WriteAsync(TableBatch batch, CancellationToken cancellationToken = default)
    {
        if (batch.RowCount == 0)
        {
            return;
        }

        if (batch.Columns.Length != this.fields.Length)
        {
            throw new ArgumentException(
                $"table {Schema.Name}: batch has {batch.Columns.Length} columns, the file {this.fields.Length}",
                nameof(batch));
        }

        try
        {
            await this.pending.Writer.WriteAsync(batch, cancellationToken);
        }
        catch (ChannelClosedException)
        {
            await this.encoder; // the encoder failed: surface its error, not the closed queue
            throw;
        }

        RowsWritten += batch.RowCount;
    }

    /// <summary>Waits for the queued batches, flushes the footer (with <paramref name="metadata"/> as key-value
    /// metadata, when given) and moves the file into place atomically.</summary>
    public async Task CompleteAsync(IReadOnlyDictionary<string, string>? metadata = null)
    {
        this.pending.Writer.TryComplete();
        await this.encoder;
        if (metadata is not null)
        {
            this.writer.CustomMetadata = metadata;
        }

        await this.writer.DisposeAsync();
        await this.stream.DisposeAsync();
        File.Move(this.tempPath, this.path, overwrite: true);
        this.completed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (this.completed)
        {
            this.abandon.Dispose();
            return;
        }

        this.pending.Writer.TryComplete();
        await this.abandon.CancelAsync();
        try
        {
            await this.encoder;
        }
        catch (Exception)
        {
            // Abandoned (an error elsewhere, or cancelled): the temp file goes, whatever the encoder was doing.
        }

        await this.writer.DisposeAsync();
        await this.stream.DisposeAsync();
        File.Delete(this.tempPath);
        this.abandon.Dispose();
    }

    /// <summary>Text columns are dictionary-encoded (Parquet.Net 6 does that only when asked): pantry text repeats a
    /// lot, so files shrink by a third and every later stage decodes each distinct value once per row group. A column
    /// whose first values are nearly all distinct (transaction ids) is written plain after a quick sample.</summary>
    private static ParquetOptions WriteOptions(IEnumerable<DataField> fields)
    {
        var options = new ParquetOptions
        {
            CompressionMethod = CompressionMethod.Snappy,
            DictionaryEncodingSampleSize = 4_096
        };
        foreach (var field in fields.Where(f => ParquetFields.KindOf(f) == ColumnKind.Text))
        {
            options.ColumnEncodingHints[field.Path.ToString()] = EncodingHint.Dictionary;
        }

        return options;
    }

    private async Task EncodeQueuedAsync()
    {
        try
        {
            await foreach (var batch in this.pending.Reader.ReadAllAsync(this.abandon.Token))
            {
                await EncodeAsync(batch, this.abandon.Token);
            }
        }
        catch (Exception e)
        {
            this.pending.Writer.TryComplete(e); // unblocks a producer waiting for room
            throw;
        }
    }

    private async Task EncodeAsync(TableBatch batch, CancellationToken cancellationToken)
    {
        using var group = this.writer.CreateRowGroup();
        var n = batch.RowCount;
        for (var c = 0; c < this.fields.Length; c++)
        {
            var field = this.fields[c];
            switch (batch.Columns[c])
            {
                case string?[] s: await group.WriteAsync(field, new ArraySegment<string>(s!, 0, n)); break;
                case double?[] d:
                    await group.WriteAsync<double>(
                        field, new ReadOnlyMemory<double?>(d, 0, n), cancellationToken: cancellationToken);
                    break;
                case long?[] l:
                    await group.WriteAsync<long>(
                        field, new ReadOnlyMemory<long?>(l, 0, n), cancellationToken: cancellationToken);
                    break;
                case bool?[] b:
                    await group.WriteAsync<bool>(
                        field, new ReadOnlyMemory<bool?>(b, 0, n), cancellationToken: cancellationToken);
                    break;
                case DateOnly?[] d:
                    await group.WriteAsync<int>(
                        this.dayFields[c]!, UnixDays(d, n), cancellationToken: cancellationToken);
                    break;
                case DateTime?[] t:
                    await group.WriteAsync<DateTime>(
                        field, new ReadOnlyMemory<DateTime?>(t, 0, n), cancellationToken: cancellationToken);
                    break;
                default: throw new InvalidOperationException($"unsupported column array {batch.Columns[c].GetType()}");
            }
        }
    }

    /// <summary>A Parquet DATE is physically INT32 days since 1970-01-01. Parquet.Net encodes <see cref="DateOnly"/>
    /// one value at a time (an allocation and a stream write each: a third of a date-heavy table's encoding time), but
    /// writes int32 in bulk; handed an int32 view of the column (same name), it fills the file's DATE column with the
    /// same bytes. Read back as DateOnly: the round-trip tests hold it to that.</summary>
    private static ReadOnlyMemory<int?> UnixDays(DateOnly?[] dates, int n)
    {
        var days = new int?[n];
        for (var r = 0; r < n; r++)
        {
            days[r] = dates[r]?.DayNumber - UnixEpochDayNumber;
        }

        return days;
    }

    private static readonly int UnixEpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;
}
