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
    private static readonly long EpochTicks = BinaryCopyFormat.Epoch.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).Ticks;

    private readonly string _table;
    private readonly TableSchema _schema;
    private readonly int _batchSize;
    private readonly int _chunkSize;
    private readonly string[] _names;
    private readonly ColumnKind[] _kinds;
    private readonly int[] _targets;
    private readonly TextPool?[] _pools;
    private readonly Array[] _arrays;
    private TableBatch _batch = null!;
    private int _rows;
    private long _rowId;
    private long _lastCompleteRowId;
    private bool _started;
    private bool _finished;

    /// <param name="columns">The columns after <c>row_id</c>, in COPY order; each must be in <paramref name="schema"/>.</param>
    /// <param name="chunkSize">The read buffer; it grows when one tuple is larger.</param>
    public BinaryCopyBatchReader(string table, TableSchema schema, IReadOnlyList<ColumnSpec> columns, int batchSize, int chunkSize = DefaultChunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        _chunkSize = chunkSize;
        _table = table;
        _schema = schema;
        _batchSize = batchSize;
        _names = [TableSchema.SourceRowColumn, .. columns.Select(c => c.Name)];
        _kinds = [ColumnKind.Integer, .. columns.Select(c => c.Kind)];
        _targets = _names.Select(n => schema.IndexOf(n) is var i and >= 0 ? i : throw new ArgumentException($"table {table}: schema {schema.Name} has no column '{n}'", nameof(columns))).ToArray();
        _pools = _kinds.Select(k => k == ColumnKind.Text ? new TextPool() : null).ToArray();
        _arrays = new Array[_names.Length];
    }

    /// <summary>Reads <paramref name="stream"/> to its end; batches are fresh arrays the caller may keep.</summary>
    public async IAsyncEnumerable<TableBatch> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (_started)
        {
            throw new InvalidOperationException("a BinaryCopyBatchReader reads one stream; create another for the next");
        }

        _started = true;
        var buffer = new byte[_chunkSize];
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

            if (headerLeft == 0 && !_finished)
            {
                start += ParseTuples(buffer.AsSpan(start, end - start));
                if (_rows == _batchSize)
                {
                    yield return _batch;
                    NewBatch();
                    continue;
                }
            }

            if (_finished && end > start)
            {
                throw new BadInputException($"table {_table}: {end - start} bytes after the end of the binary COPY stream");
            }

            if (eof)
            {
                if (_finished)
                {
                    break;
                }

                throw new BadInputException($"table {_table}: the binary COPY stream ended early, after row_id {_lastCompleteRowId}");
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

        if (_rows > 0)
        {
            yield return _batch.WithRowCount(_rows);
        }
    }

    private void NewBatch()
    {
        _batch = TableBatch.Allocate(_schema, _batchSize);
        for (var f = 0; f < _targets.Length; f++)
        {
            _arrays[f] = _batch.Columns[_targets[f]];
        }

        _rows = 0;
    }

    /// <summary>Parses whole tuples until the data runs out, the batch is full or the trailer comes;
    /// returns the bytes consumed (a tuple cut short is left for the next call).</summary>
    private int ParseTuples(ReadOnlySpan<byte> data)
    {
        var pos = 0;
        while (_rows < _batchSize)
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
                _finished = true;
                return pos;
            }

            if (fields != _kinds.Length)
            {
                throw new BadInputException($"table {_table}: a COPY tuple after row_id {_lastCompleteRowId} has {fields} fields, expected {_kinds.Length}");
            }

            for (var f = 0; f < _kinds.Length; f++)
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

            _rows++;
            _lastCompleteRowId = _rowId;
        }

        return pos;
    }

    private void Decode(int field, ReadOnlySpan<byte> value)
    {
        var row = _rows;
        switch (_kinds[field])
        {
            case ColumnKind.Text:
                ((string?[])_arrays[field])[row] = _pools[field]!.Get(value);
                break;
            case ColumnKind.Number:
                ((double?[])_arrays[field])[row] = BinaryPrimitives.ReadDoubleBigEndian(Fixed(field, value, 8));
                break;
            case ColumnKind.Integer:
                var integer = BinaryPrimitives.ReadInt64BigEndian(Fixed(field, value, 8));
                ((long?[])_arrays[field])[row] = integer;
                if (field == 0)
                {
                    _rowId = integer;
                }

                break;
            case ColumnKind.Boolean:
                ((bool?[])_arrays[field])[row] = Fixed(field, value, 1)[0] != 0;
                break;
            case ColumnKind.Date:
                ((DateOnly?[])_arrays[field])[row] = ToDate(field, BinaryPrimitives.ReadInt32BigEndian(Fixed(field, value, 4)));
                break;
            case ColumnKind.Timestamp:
                ((DateTime?[])_arrays[field])[row] = ToTimestamp(field, BinaryPrimitives.ReadInt64BigEndian(Fixed(field, value, 8)));
                break;
            default:
                throw new InvalidOperationException($"unsupported column kind {_kinds[field]}");
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
            : throw Bad(field, $"date {days} days from 2000-01-01 is outside what .NET can hold (0001-01-01 .. 9999-12-31)");
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
            : throw Bad(field, $"timestamp {microseconds} µs from 2000-01-01 is outside what .NET can hold (0001 .. 9999)");
    }

    private ReadOnlySpan<byte> Fixed(int field, ReadOnlySpan<byte> value, int length) =>
        value.Length == length ? value : throw Bad(field, $"{value.Length} bytes where a {_kinds[field]} takes {length}; is the column's type what the migration says?");

    private void SetNull(int field)
    {
        var row = _rows;
        switch (_arrays[field])
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
        new($"table {_table}, row_id {(field == 0 ? "?" : _rowId.ToString(System.Globalization.CultureInfo.InvariantCulture))}, column {_names[field]}: {problem}");
}
