using System.Globalization;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Reports;

/// <summary>Column profiles of one table, fed batch by batch. Whoever already holds the rows feeds it (the transform
/// stage profiles what it writes, so the report does not decode every column a second time).</summary>
public sealed class TableProfiler(string table, TableSchema schema)
{
    private readonly (int Index, ColumnProfile Profile)[] columns = schema.Columns
        .Select((c, i) => (i, new ColumnProfile(table, c)))
        .Where(p => p.Item2.Column.Name != TableSchema.SourceRowColumn)
        .ToArray();

    public static readonly string[] Header = [
        "table", "column", "kind", "count", "nulls", "null_percent", "distinct_estimate", "min", "max", "mean",
        "p50", "top_values"];

    public void Observe(TableBatch batch)
    {
        foreach (var (index, profile) in columns)
        {
            profile.Observe(batch.Columns[index], batch.RowCount);
        }
    }

    /// <summary>One line per column, in <see cref="Header"/> order: what profile.csv and the HTML report
    /// show.</summary>
    public IReadOnlyList<string?[]> Lines() => columns.Select(c => Fields(c.Profile)).ToArray();

    private static string?[] Fields(ColumnProfile p)
        => [
            p.Table,
            p.Column.Name,
            p.Column.Kind.ToString().ToLowerInvariant(),
            p.Count.ToString(CultureInfo.InvariantCulture),
            p.Nulls.ToString(CultureInfo.InvariantCulture),
            p.NullPercent.ToString("0.##", CultureInfo.InvariantCulture),
            p.DistinctEstimate.ToString(CultureInfo.InvariantCulture),
            p.Render(p.Min),
            p.Render(p.Max),
            p.Render(p.Mean),
            p.Render(p.Median),
            p.IsOrdered
                ? null
                : string.Join(
                    "; ",
                    p.TopValues(5).Select(t => $"{t.Value} ({t.Count})")) + (p.TopApproximate ? " (approx.)" : ""),
            ];
}
