namespace PantryPilot.Domain.Tables;

/// <summary>A slice of a table held column by column (one Parquet row group, one COPY chunk).
/// Columns are nullable arrays of exactly <see cref="RowCount"/> used entries (arrays may be longer when
/// reused).</summary>
public sealed class TableBatch
{
    public TableBatch(TableSchema schema, int rowCount, Array[] columns)
    {
        if (columns.Length != schema.Columns.Count)
        {
            throw new ArgumentException(
                $"table {schema.Name}: {columns.Length} column arrays for {schema.Columns.Count} columns",
                nameof(columns));
        }

        Schema = schema;
        RowCount = rowCount;
        Columns = columns;
    }

    public TableSchema Schema { get; }

    public int RowCount { get; }

    public Array[] Columns { get; }

    public static TableBatch Allocate(TableSchema schema, int capacity) =>
        new(schema, capacity, schema.Columns.Select(c => c.NewArray(capacity)).ToArray());

    public Array Column(string name)
        => Columns[
            Schema.IndexOf(name) is var i and >= 0
                ? i
                : throw new KeyNotFoundException($"table {Schema.Name} has no column '{name}'")];

    public T[] Column<T>(string name) => (T[])Column(name);

    public string?[] Text(string name) => Column<string?>(name);

    public double?[] Number(string name) => Column<double?>(name);

    public long?[] Integer(string name) => Column<long?>(name);

    public bool?[] Boolean(string name) => Column<bool?>(name);

    public DateOnly?[] Date(string name) => Column<DateOnly?>(name);

    public DateTime?[] Timestamp(string name) => Column<DateTime?>(name);

    /// <summary>The same arrays seen as a batch of fewer rows (no copy).</summary>
    public TableBatch WithRowCount(int rowCount) => new(Schema, rowCount, Columns);

    /// <summary>The value at a row as an object (slow path: reports, error messages).</summary>
    public object? Value(int column, int row) => Columns[column].GetValue(row);

    /// <summary>The rows whose mask entry equals <paramref name="keep"/>, copied into a new batch.</summary>
    public TableBatch Filter(bool[] mask, bool keep)
    {
        var count = 0;
        for (var r = 0; r < RowCount; r++)
        {
            if (mask[r] == keep)
            {
                count++;
            }
        }

        var result = Allocate(Schema, count);
        for (var c = 0; c < Columns.Length; c++)
        {
            switch (Columns[c])
            {
                case string?[] s: CopyMasked(s, (string?[])result.Columns[c], mask, keep); break;
                case double?[] d: CopyMasked(d, (double?[])result.Columns[c], mask, keep); break;
                case long?[] l: CopyMasked(l, (long?[])result.Columns[c], mask, keep); break;
                case bool?[] b: CopyMasked(b, (bool?[])result.Columns[c], mask, keep); break;
                case DateOnly?[] d: CopyMasked(d, (DateOnly?[])result.Columns[c], mask, keep); break;
                case DateTime?[] t: CopyMasked(t, (DateTime?[])result.Columns[c], mask, keep); break;
                default: throw new InvalidOperationException($"unsupported column array {Columns[c].GetType()}");
            }
        }

        return result;

        void CopyMasked<T>(T[] source, T[] target, bool[] rowMask, bool keepValue)
        {
            var w = 0;
            for (var r = 0; r < RowCount; r++)
            {
                if (rowMask[r] == keepValue)
                {
                    target[w++] = source[r];
                }
            }
        }
    }
}
