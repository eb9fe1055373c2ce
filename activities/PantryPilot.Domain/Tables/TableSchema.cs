namespace PantryPilot.Domain.Tables;

/// <summary>An ordered set of columns. Every table PantryPilot writes carries <see cref="SourceRowColumn"/> first,
/// so a quarantined or failing row can always be traced back to its file line or table ordinal.</summary>
public sealed class TableSchema
{
    public const string SourceRowColumn = "source_row";

    private readonly Dictionary<string, int> index;

    public TableSchema(string name, IEnumerable<ColumnSpec> columns)
    {
        Name = name;
        Columns = columns.ToArray();
        index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Columns.Count; i++)
        {
            if (!index.TryAdd(Columns[i].Name, i))
            {
                throw new ArgumentException($"table {name}: column '{Columns[i].Name}' appears twice", nameof(columns));
            }
        }
    }

    public string Name { get; }

    public IReadOnlyList<ColumnSpec> Columns { get; }

    public int IndexOf(string column) => index.TryGetValue(column, out var i) ? i : -1;

    public bool Contains(string column) => index.ContainsKey(column);

    public ColumnSpec this[string column]
        => Columns[
            IndexOf(column) is var i and >= 0
                ? i
                : throw new KeyNotFoundException($"table {Name} has no column '{column}'")];

    /// <summary>This schema plus extra columns appended at the end (e.g. derived or <c>reason</c> columns).</summary>
    public TableSchema With(string name, params ColumnSpec[] extra) => new(name, Columns.Concat(extra));

    public IEnumerable<string> ColumnNames => Columns.Select(c => c.Name);
}
