using System.Globalization;
using PantryPilot.Activities.Storage;
using PantryPilot.Activities.Validation;
using PantryPilot.Domain.Reports;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Reports;

/// <summary>Streams the processed tables once, feeding the representation tally and the column profiles.</summary>
public static class DataReportBuilder
{
    public sealed record TableReport(string Table, long Rows, RepresentationTally Tally, IReadOnlyList<ColumnProfile> Profiles);

    public static async Task<TableReport> ScanAsync(string path, string table, string quantityUnitColumn, Action<string>? heartbeat = null, CancellationToken ct = default)
    {
        if (!File.Exists(path))
        {
            throw new Pipeline.BadInputException($"reports: processed table {path} does not exist");
        }

        var schema = await ParquetTableReader.ReadSchemaAsync(path);
        var profiles = schema.Columns.Where(c => c.Name != TableSchema.SourceRowColumn).Select(c => new ColumnProfile(table, c)).ToArray();
        var tally = new RepresentationTally(table);
        long rows = 0;
        // Item names repeat across millions of rows; classify each distinct name once (bounded, for odd inputs).
        var cuisineByName = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var batch in PrefetchingTableReader.ReadAsync(path, cancellationToken: ct))
        {
            foreach (var p in profiles)
            {
                p.Observe(batch.Column(p.Column.Name), batch.RowCount);
            }

            var names = Text(batch, "item_name");
            var cuisines = Text(batch, "cuisine");
            var categories = Text(batch, "category");
            var units = Text(batch, quantityUnitColumn);
            var canonical = Text(batch, "canonical_unit");
            var prices = batch.Schema.Contains("unit_price") ? batch.Number("unit_price") : null;
            for (var r = 0; r < batch.RowCount; r++)
            {
                var cuisine = cuisines?[r] is { Length: > 0 } c ? c.Trim().ToLowerInvariant() : CuisineOfName(cuisineByName, names?[r]);
                tally.Add(cuisine, categories?[r], units?[r], canonical?[r], prices?[r]);
            }

            rows += batch.RowCount;
            heartbeat?.Invoke($"{table}: profiled {rows} rows");
        }

        return new(table, rows, tally, profiles);
    }

    private static string CuisineOfName(Dictionary<string, string> cache, string? name)
    {
        if (name is null)
        {
            return CuisineMap.CuisineOf(name);
        }

        if (!cache.TryGetValue(name, out var cuisine))
        {
            cuisine = CuisineMap.CuisineOf(name);
            if (cache.Count < 100_000)
            {
                cache[name] = cuisine;
            }
        }

        return cuisine;
    }

    public static string BiasCsv(IEnumerable<TableReport> reports)
    {
        var lines = new List<string> { "table,dimension,slice,count,share,value" };
        lines.AddRange(reports.SelectMany(r => r.Tally.Rows()).Select(b => CsvText.Line(
            [b.Table, b.Dimension, b.Slice, b.Count.ToString(CultureInfo.InvariantCulture), N(b.Share), N(b.Value)])));
        return string.Join("\n", lines) + "\n";
    }

    public static string ProfileCsv(IEnumerable<TableReport> reports)
    {
        var lines = new List<string> { "table,column,kind,count,nulls,null_percent,distinct_estimate,min,max,mean,p50,top_values" };
        foreach (var p in reports.SelectMany(r => r.Profiles))
        {
            lines.Add(CsvText.Line(ProfileFields(p)));
        }

        return string.Join("\n", lines) + "\n";
    }

    public static string?[] ProfileFields(ColumnProfile p) =>
    [
        p.Table, p.Column.Name, p.Column.Kind.ToString().ToLowerInvariant(), p.Count.ToString(CultureInfo.InvariantCulture),
        p.Nulls.ToString(CultureInfo.InvariantCulture), p.NullPercent.ToString("0.##", CultureInfo.InvariantCulture),
        p.DistinctEstimate.ToString(CultureInfo.InvariantCulture), p.Render(p.Min), p.Render(p.Max), p.Render(p.Mean), p.Render(p.Median),
        p.IsOrdered ? null : string.Join("; ", p.TopValues(5).Select(t => $"{t.Value} ({t.Count})")) + (p.TopApproximate ? " (approx.)" : ""),
    ];

    private static string?[]? Text(TableBatch batch, string column) =>
        batch.Schema.Contains(column) && batch.Schema[column].Kind == ColumnKind.Text ? batch.Text(column) : null;

    private static string? N(double? v) => v?.ToString("0.######", CultureInfo.InvariantCulture);
}
