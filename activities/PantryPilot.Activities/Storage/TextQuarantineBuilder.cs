using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Storage;

/// <summary>Rows of a user file set aside exactly as the file wrote them: every field as its original text (the CSV
/// unquoting applied, nothing else), the whole raw line when the row could not be split into the header's fields, its
/// <c>source_row</c> and the reason. Nothing is typed, so nothing is lost to a value that did not parse.</summary>
public sealed class TextQuarantineBuilder
{
    public const string RawLineColumn = "raw_line";

    private readonly int fields;
    private readonly int capacity;
    private Array[] columns;

    public TextQuarantineBuilder(string table, IReadOnlyList<string> header, int capacity)
    {
        Schema = SchemaFor(table, header);
        this.fields = header.Count;
        this.capacity = capacity;
        this.columns = New();
    }

    public TableSchema Schema { get; }

    public int Count { get; private set; }

    /// <summary><c>source_row</c>, one text column per header field (its header name), <c>raw_line</c>, <c>reason</c>.
    /// A header name that is blank, repeated or one of those three becomes <c>column_N</c> (N from 1).</summary>
    public static TableSchema SchemaFor(string table, IReadOnlyList<string> header)
    {
        var names = new HashSet<string>(StringComparer.Ordinal)
        {
            TableSchema.SourceRowColumn,
            RawLineColumn,
            PantrySchemas.Reason.Name
        };
        var columns = new List<ColumnSpec> { new(TableSchema.SourceRowColumn, ColumnKind.Integer) };
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().Trim('\uFEFF');
            columns.Add(new(name.Length > 0 && names.Add(name) ? name : $"column_{i + 1}", ColumnKind.Text));
        }

        columns.Add(new(RawLineColumn, ColumnKind.Text));
        columns.Add(PantrySchemas.Reason);
        return new TableSchema(table + "_quarantine", columns);
    }

    /// <summary>A row whose fields were split: each kept as its text (empty stays empty, not null).</summary>
    public void AddFields(long sourceRow, IReadOnlyList<string> fields, string reason)
    {
        var slot = Next(sourceRow, reason);
        for (var f = 0; f < this.fields; f++)
        {
            ((string?[])this.columns[1 + f])[slot] = f < fields.Count ? fields[f] : null;
        }
    }

    /// <summary>A row that could not be split into the header's fields: its whole raw text.</summary>
    public void AddRawLine(long sourceRow, string rawLine, string reason)
    {
        var slot = Next(sourceRow, reason);
        ((string?[])this.columns[^2])[slot] = rawLine;
    }

    public TableBatch Flush()
    {
        var batch = new TableBatch(Schema, Count, this.columns);
        this.columns = New();
        Count = 0;
        return batch;
    }

    private int Next(long sourceRow, string reason)
    {
        if (Count == this.columns[0].Length)
        {
            this.columns = this.columns.Select(c =>
            {
                var grown = Array.CreateInstance(c.GetType().GetElementType()!, c.Length * 2);
                Array.Copy(c, grown, c.Length);
                return grown;
            }).ToArray();
        }

        ((long?[])this.columns[0])[Count] = sourceRow;
        ((string?[])this.columns[^1])[Count] = reason;
        return Count++;
    }

    private Array[] New() => Schema.Columns.Select(c => c.NewArray(this.capacity)).ToArray();
}
