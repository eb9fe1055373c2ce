using System.Globalization;
using PantryPilot.Activities.Storage;
using PantryPilot.Activities.Validation;
using PantryPilot.Domain.Reports;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Reports;

/// <summary>Streams the processed tables once, feeding the representation tally and the column profiles.</summary>
public static class DataReportBuilder
{
    /// <param name="ProfileLines">One line per column in <see cref="TableProfiler.Header"/> order.</param>
    public sealed record TableReport(
        string Table,
        long Rows,
        RepresentationTally Tally,
        IReadOnlyList<string?[]> ProfileLines);

    /// <summary>What the bias tally reads; everything else comes from the profile sidecar when it matches.</summary>
    private static readonly string[] TallyColumns = [
        "item_name", "cuisine", "category", "unit", "canonical_unit", "unit_price"];

    public static async Task<TableReport> ScanAsync(
        string path,
        string table,
        string quantityUnitColumn,
        Action<string>? heartbeat = null,
        CancellationToken ct = default)
    {
        if (!File.Exists(path))
        {
            throw new Pipeline.BadInputException($"reports: processed table {path} does not exist");
        }

        // The transform stage profiled every column while writing the file; only without a matching sidecar (a file
        // from elsewhere, or edited since) does the report decode every column to profile it here.
        var sidecar = await ProfileSidecar.TryReadAsync(path, ct);
        var schema = await ParquetTableReader.ReadSchemaAsync(path);
        var profiler = sidecar is null ? new TableProfiler(table, schema) : null;
        var tally = new RepresentationTally(table);
        long rows = 0;
        // Item names repeat across millions of rows; classify each distinct name once (bounded, for odd inputs).
        var cuisineByName = new Dictionary<string, string>(StringComparer.Ordinal);
        string[]? columns = profiler is null ? [.. TallyColumns, quantityUnitColumn] : null;
        await foreach (var batch in PrefetchingTableReader.ReadAsync(path, columns, cancellationToken: ct))
        {
            profiler?.Observe(batch);
            var names = Text(batch, "item_name");
            var cuisines = Text(batch, "cuisine");
            var categories = Text(batch, "category");
            var units = Text(batch, quantityUnitColumn);
            var canonical = Text(batch, "canonical_unit");
            var prices = batch.Schema.Contains("unit_price") ? batch.Number("unit_price") : null;
            for (var r = 0; r < batch.RowCount; r++)
            {
                var cuisine = cuisines?[r] is { Length: > 0 } c
                    ? c.Trim().ToLowerInvariant()
                    : CuisineOfName(cuisineByName, names?[r]);
                tally.Add(cuisine, categories?[r], units?[r], canonical?[r], prices?[r]);
            }

            rows += batch.RowCount;
            heartbeat?.Invoke($"{table}: profiled {rows} rows");
        }

        return new(table, rows, tally, sidecar ?? profiler!.Lines());
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
        var lines = new List<string> { string.Join(",", TableProfiler.Header) };
        lines.AddRange(reports.SelectMany(r => r.ProfileLines).Select(CsvText.Line));
        return string.Join("\n", lines) + "\n";
    }

    private static string?[]? Text(TableBatch batch, string column) =>
        batch.Schema.Contains(column) && batch.Schema[column].Kind == ColumnKind.Text ? batch.Text(column) : null;

    private static string? N(double? v) => v?.ToString("0.######", CultureInfo.InvariantCulture);
}
