using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Storage;

/// <summary>Builds batches row by row for readers of user files. A row is parsed straight into the next free slot of
/// the good batch; <see cref="Commit"/> keeps it there, <see cref="Quarantine"/> moves it (with its reason) to the
/// quarantine batch. Arrays grow only when a caller appends past the capacity (a receipt with many lines).</summary>
internal sealed class RowBatchBuilder
{
    private readonly TableSchema schema;
    private readonly TableSchema quarantineSchema;
    private readonly int capacity;
    private readonly int sourceRow;
    private Array[] rows;
    private Array[] quarantine;

    public RowBatchBuilder(TableSchema schema, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        this.schema = schema;
        this.quarantineSchema = PantrySchemas.Quarantine(schema);
        this.capacity = capacity;
        this.sourceRow = schema.IndexOf(TableSchema.SourceRowColumn);
        this.rows = NewArrays(this.schema, capacity);
        this.quarantine = NewArrays(this.quarantineSchema, capacity);
    }

    public int Capacity => this.capacity;

    /// <summary>Rows committed in the current batch.</summary>
    public int Count { get; private set; }

    public int QuarantinedCount { get; private set; }

    public bool IsFull => Count >= this.capacity || QuarantinedCount >= this.capacity;

    public bool IsEmpty => Count == 0 && QuarantinedCount == 0;

    /// <summary>The arrays of the good batch; the current row is written at index <see cref="Count"/>.</summary>
    public Array Column(int index) => this.rows[index];

    public int Slot => Count;

    /// <summary>Starts a row at the next slot (growing arrays when needed) and stamps its <c>source_row</c>.</summary>
    public void Begin(long sourceRow)
    {
        if (Count == this.rows[0].Length)
        {
            this.rows = Grow(this.rows);
        }

        ((long?[])this.rows[this.sourceRow])[Count] = sourceRow;
    }

    public void Commit() => Count++;

    /// <summary>Moves the current row to the quarantine batch with its reason and clears the slot for the next
    /// row.</summary>
    public void Quarantine(string reason)
    {
        if (QuarantinedCount == this.quarantine[0].Length)
        {
            this.quarantine = Grow(this.quarantine);
        }

        for (var c = 0; c < this.rows.Length; c++)
        {
            MoveValue(this.rows[c], Count, this.quarantine[c], QuarantinedCount);
        }

        ((string?[])this.quarantine[^1])[QuarantinedCount] = reason;
        QuarantinedCount++;
    }

    /// <summary>Hands out what was built and starts fresh arrays (the caller may keep the batch).</summary>
    public ParsedBatch Flush()
    {
        var result = new ParsedBatch(
            new TableBatch(this.schema, Count, this.rows),
            new TableBatch(this.quarantineSchema, QuarantinedCount, this.quarantine));
        this.rows = NewArrays(this.schema, this.capacity);
        this.quarantine = NewArrays(this.quarantineSchema, this.capacity);
        Count = 0;
        QuarantinedCount = 0;
        return result;
    }

    private static Array[] NewArrays(TableSchema schema, int capacity)
        => schema.Columns.Select(c => c.NewArray(capacity)).ToArray();

    private static Array[] Grow(Array[] arrays)
    {
        var grown = new Array[arrays.Length];
        for (var c = 0; c < arrays.Length; c++)
        {
            grown[c] = Array.CreateInstance(arrays[c].GetType().GetElementType()!, arrays[c].Length * 2);
            Array.Copy(arrays[c], grown[c], arrays[c].Length);
        }

        return grown;
    }

    private static void MoveValue(Array from, int fromIndex, Array to, int toIndex)
    {
        switch (from)
        {
            case string?[] s: ((string?[])to)[toIndex] = s[fromIndex]; s[fromIndex] = null; break;
            case double?[] d: ((double?[])to)[toIndex] = d[fromIndex]; d[fromIndex] = null; break;
            case long?[] l: ((long?[])to)[toIndex] = l[fromIndex]; l[fromIndex] = null; break;
            case bool?[] b: ((bool?[])to)[toIndex] = b[fromIndex]; b[fromIndex] = null; break;
            case DateOnly?[] d: ((DateOnly?[])to)[toIndex] = d[fromIndex]; d[fromIndex] = null; break;
            case DateTime?[] t: ((DateTime?[])to)[toIndex] = t[fromIndex]; t[fromIndex] = null; break;
            default: throw new InvalidOperationException($"unsupported column array {from.GetType()}");
        }
    }
}
