using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Database;

/// <summary>Decodes a binary COPY stream of <c>row_id, stored columns...</c> straight into the column arrays of
/// <see cref="TableBatch"/>es: the stream is read in large chunks and parsed by hand, with no per-value calls into
/// Npgsql. A tuple cut by a chunk boundary is parsed again once the rest has arrived (the tail moves to the front of
/// the buffer, which grows when a single tuple is larger than it).
/// PostgreSQL's <c>infinity</c> and <c>-infinity</c> become the largest and smallest <see cref="DateOnly"/> /
/// <see cref="DateTime"/>, as Npgsql's readers return them; any other value .NET cannot hold is a
/// <see cref="BadInputException"/> naming table, row_id and column. One reader per stream: its text pools
/// (<see cref="TextPool"/>) live as long as it does.</summary>
public sealed class BinaryCopyBatchReader
{
    public const int DefaultChunkSize = 256 * 1024;

    private static readonly int EpochDay = BinaryCopyFormat.Epoch.DayNumber;
    private static readonly long EpochTicks = BinaryCopyFormat.Epoch.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)
        .Ticks;

    private readonly string table;
    private readonly TableSchema schema;
    private readonly int batchSize;
    private readonly int chunkSize;
    private readonly string[] names;
    private readonly ColumnKind[] kinds;
    private readonly int[] targets;
    private readonly TextPool?[] pools;
    private readonly Array[] arrays;
    private TableBatch batch = null!;
    private int rows;
    private long rowId;
    private long lastCompleteRowId;
    private bool started;
    private bool finished;

    /// <param name="columns">The columns after <c>row_id</c>, in COPY order; each must be in <paramref
    /// name="schema"/>.</param>
    /// <param name="chunkSize">The read buffer; it grows when one tuple is larger.</param>
    public BinaryCopyBatchReader(string table, TableSchema schema, IReadOnlyList<ColumnSpec> columns, int batchSize,
        int chunkSize = DefaultChunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        this.chunkSize = chunkSize;
        this.table = table;
        this.schema = schema;
        this.batchSize = batchSize;
        this.names = [TableSchema.SourceRowColumn, .. columns.Select(c => c.Name)];
        this.kinds = [ColumnKind.Integer, .. columns.Select(c => c.Kind)];
        this.targets = this.names
            .Select(n => schema.IndexOf(n) is var i and >= 0
                ? i
                : throw new ArgumentException(
                    $"table {table}: schema {schema.Name} has no column '{n}'", nameof(columns)))
            .ToArray();
        this.pools = this.kinds.Select(k => k == ColumnKind.Text ? new TextPool() : null).ToArray();
        this.arrays = new Array[this.names.Length];
    }

    /// <summary>Reads <paramref name="stream"/> to its end; batches are fresh arrays the caller may keep.</summary>
    public async IAsyncEnumerable<TableBatch> ReadAsync(Stream stream,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (this.started)
        {
            throw new InvalidOperationException(
                "a BinaryCopyBatchReader reads one stream; create another for the next");
        }

        this.started = true;
        var buffer = new byte[this.chunkSize];
        int start = 0, end = 0;
        var headerLeft = -1; // bytes of header still to skip; -1 until the fixed header has been read
        var eof = false;
        NewBatch();
        while (true)
        {
            if (headerLeft != 0)
            {
                if (headerLeft < 0 && end - start >= BinaryCopyFormat.HeaderLength)
                {
                    headerLeft = BinaryCopyFormat.ReadHeader(buffer.AsSpan(start, end - start));
                    start += BinaryCopyFormat.HeaderLength;
                }

                if (headerLeft > 0)
                {
                    var skip = Math.Min(headerLeft, end - start);
                    start += skip;
                    headerLeft -= skip;
                }
            }

            if (headerLeft == 0 && !this.finished)
            {
                start += ParseTuples(buffer.AsSpan(start, end - start));
                if (this.rows == this.batchSize)
                {
                    yield return this.batch;
                    NewBatch();
                    continue;
                }
            }

            if (this.finished && end > start)
            {
                throw new BadInputException(
                    $"table {this.table}: {end - start} bytes after the end of the binary COPY stream");
            }

            if (eof)
            {
                if (this.finished)
                {
                    break;
                }

                throw new BadInputException(
                    $"table {this.table}: the binary COPY stream ended early, after row_id {this.lastCompleteRowId}");
            }

            // Keep the unparsed tail, then fill the buffer: Npgsql hands out about one COPY message (one row) per read.
            if (start > 0)
            {
                buffer.AsSpan(start, end - start).CopyTo(buffer);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            cancellationToken.ThrowIfCancellationRequested();
            while (end < buffer.Length)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken);
                if (read == 0)
                {
                    eof = true;
                    break;
                }

                end += read;
            }
        }

        if (this.rows > 0)
        {
            yield return this.batch.WithRowCount(this.rows);
        }
    }

    private void NewBatch()
    {
        this.batch = TableBatch.Allocate(this.schema, this.batchSize);
        for (var f = 0; f < this.targets.Length; f++)
        {
            this.arrays[f] = this.batch.Columns[this.targets[f]];
        }

        this.rows = 0;
    }

    /// <summary>Parses whole tuples until the data runs out, the batch is full or the trailer comes;
    /// returns the bytes consumed (a tuple cut short is left for the next call).</summary>
    private int ParseTuples(ReadOnlySpan<byte> data)
    {
        var pos = 0;
        while (this.rows < this.batchSize)
        {
            var tupleStart = pos;
            if (data.Length - pos < 2)
            {
                return tupleStart;
            }

            var fields = BinaryPrimitives.ReadInt16BigEndian(data[pos..]);
            pos += 2;
            if (fields == BinaryCopyFormat.Trailer)
            {
                this.finished = true;
                return pos;
            }

            if (fields != this.kinds.Length)
            {
                throw new BadInputException(
                    $"table {this.table}: a COPY tuple after row_id {this.lastCompleteRowId} has {fields} fields, "
                    + $"expected {this.kinds.Length}");
            }

            for (var f = 0; f < this.kinds.Length; f++)
            {
                if (data.Length - pos < 4)
                {
                    return tupleStart;
                }

                var length = BinaryPrimitives.ReadInt32BigEndian(data[pos..]);
                pos += 4;
                if (length == BinaryCopyFormat.NullLength)
                {
                    SetNull(f);
                    continue;
                }

                if (length < 0)
                {
                    throw Bad(f, $"invalid field length {length}");
                }

                if (data.Length - pos < length)
                {
                    return tupleStart;
                }

                Decode(f, data.Slice(pos, length));
                pos += length;
            }

            this.rows++;
            this.lastCompleteRowId = this.rowId;
        }

        return pos;
    }

    private void Decode(int field, ReadOnlySpan<byte> value)
    {
        var row = this.rows;
        switch (this.kinds[field])
        {
            case ColumnKind.Text:
                ((string?[])this.arrays[field])[row] = this.pools[field]!.Get(value);
                break;
            case ColumnKind.Number:
                ((double?[])this.arrays[field])[row] = BinaryPrimitives.ReadDoubleBigEndian(Fixed(field, value, 8));
                break;
            case ColumnKind.Integer:
                var integer = BinaryPrimitives.ReadInt64BigEndian(Fixed(field, value, 8));
                ((long?[])this.arrays[field])[row] = integer;
                if (field == 0)
                {
                    this.rowId = integer;
                }

                break;
            case ColumnKind.Boolean:
                ((bool?[])this.arrays[field])[row] = Fixed(field, value, 1)[0] != 0;
                break;
            case ColumnKind.Date:
                ((DateOnly?[])this.arrays[field])[row] =
                    ToDate(field, BinaryPrimitives.ReadInt32BigEndian(Fixed(field, value, 4)));
                break;
            case ColumnKind.Timestamp:
                ((DateTime?[])this.arrays[field])[row] =
                    ToTimestamp(field, BinaryPrimitives.ReadInt64BigEndian(Fixed(field, value, 8)));
                break;
            default:
                throw new InvalidOperationException($"unsupported column kind {this.kinds[field]}");
        }
    }

    private DateOnly ToDate(int field, int days)
    {
        switch (days)
        {
            case int.MaxValue: return DateOnly.MaxValue;
            case int.MinValue: return DateOnly.MinValue;
        }

        var day = (long)EpochDay + days;
        return day >= DateOnly.MinValue.DayNumber && day <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber((int)day)
            : throw Bad(field,
                $"date {days} days from 2000-01-01 is outside what .NET can hold (0001-01-01 .. 9999-12-31)");
    }

    private DateTime ToTimestamp(int field, long microseconds)
    {
        switch (microseconds)
        {
            case long.MaxValue: return DateTime.MaxValue;
            case long.MinValue: return DateTime.MinValue;
        }

        // Bounds before multiplying, so a far-off value cannot overflow.
        const long MaxMicros = (long.MaxValue / TimeSpan.TicksPerMicrosecond) - 1;
        if (microseconds is > MaxMicros or < -MaxMicros)
        {
            throw Bad(field, $"timestamp {microseconds} µs from 2000-01-01 is outside what .NET can hold");
        }

        var ticks = EpochTicks + (microseconds * TimeSpan.TicksPerMicrosecond);
        return ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks
            ? new DateTime(ticks, DateTimeKind.Utc)
            : throw Bad(field,
                $"timestamp {microseconds} µs from 2000-01-01 is outside what .NET can hold (0001 .. 9999)");
    }

    private ReadOnlySpan<byte> Fixed(int field, ReadOnlySpan<byte> value, int length) =>
        value.Length == length
            ? value
            : throw Bad(
                field,
                $"{value.Length} bytes where a {this.kinds[field]} takes {length}; "
                + "is the column's type what the migration says?");

    private void SetNull(int field)
    {
        var row = this.rows;
        switch (this.arrays[field])
        {
            case string?[] s: s[row] = null; break;
            case double?[] d: d[row] = null; break;
            case long?[] l: l[row] = null; break;
            case bool?[] b: b[row] = null; break;
            case DateOnly?[] d: d[row] = null; break;
            case DateTime?[] t: t[row] = null; break;
        }
    }

    private BadInputException Bad(int field, string problem) =>
        new($"table {this.table}, "
            + $"row_id {(field == 0 ? "?" : this.rowId.ToString(System.Globalization.CultureInfo.InvariantCulture))}, "
            + $"column {this.names[field]}: {problem}");
}
