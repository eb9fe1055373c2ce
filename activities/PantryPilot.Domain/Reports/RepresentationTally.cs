namespace PantryPilot.Domain.Reports;

/// <summary>Representation counts of one table: cuisine, Western vs non-Western, category and unit slices, and the
/// unit prices per canonical unit and region (sampled, to take medians in bounded memory).</summary>
public sealed class RepresentationTally(string table)
{
    private readonly Dictionary<string, Dictionary<string, long>> slices = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Unit, string Region), ReservoirSample> prices = [];
    private readonly Dictionary<string, string> normalised = new(StringComparer.Ordinal);
    private long rows;

    public string Table { get; } = table;

    public IReadOnlyDictionary<string, long> Slice(string dimension) =>
        this.slices.TryGetValue(dimension, out var s) ? s : new Dictionary<string, long>();

    /// <param name="cuisine">From a <c>cuisine</c> column when the data has one, else
    /// <see cref="CuisineMap.CuisineOf"/>.</param>
    public void Add(string cuisine, string? category, string? unit, string? canonicalUnit, double? unitPrice)
    {
        this.rows++;
        var region = CuisineMap.RegionOf(cuisine);
        Count("cuisine", cuisine);
        Count("region", region);
        Count("category", Normal(category));
        Count("unit", Normal(unit));
        if (canonicalUnit is not null)
        {
            Count("canonical_unit", Normal(canonicalUnit));
        }

        if (unitPrice is { } p
            && !double.IsNaN(p)
            && p >= 0
            && canonicalUnit is not null
            && region is CuisineMap.Western or CuisineMap.NonWestern)
        {
            var key = (Normal(canonicalUnit), region);
            if (!this.prices.TryGetValue(key, out var sample))
            {
                this.prices[key] = sample = new ReservoirSample(20_000, seed: 23);
            }

            sample.Add(p);
        }
    }

    public IEnumerable<BiasRow> Rows()
    {
        foreach (var (dimension, counts) in this.slices.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            foreach (var (slice, n) in counts
                .OrderByDescending(kv => kv.Value)
                .ThenBy(kv => kv.Key, StringComparer.Ordinal))
            {
                yield return new(Table, dimension, slice, n, this.rows == 0 ? null : (double)n / this.rows, null);
            }
        }

        // Western share among the rows that belong to a regional cuisine (global staples and unknowns left out).
        var regions = Slice("region");
        var western = regions.GetValueOrDefault(CuisineMap.Western);
        var nonWestern = regions.GetValueOrDefault(CuisineMap.NonWestern);
        if (western + nonWestern > 0)
        {
            yield return new(
                Table,
                "western_share_of_regional",
                CuisineMap.Western,
                western,
                (double)western / (western + nonWestern),
                null);
            yield return new(
                Table,
                "western_share_of_regional",
                CuisineMap.NonWestern,
                nonWestern,
                (double)nonWestern / (western + nonWestern),
                null);
        }

        foreach (var unit in this.prices.Keys.Select(k => k.Unit).Distinct().Order(StringComparer.Ordinal))
        {
            var ws = this.prices.GetValueOrDefault((unit, CuisineMap.Western));
            var nws = this.prices.GetValueOrDefault((unit, CuisineMap.NonWestern));
            var w = ws?.Median();
            var nw = nws?.Median();
            if (w is not null)
            {
                yield return new(Table, "median_unit_price", $"{unit}/{CuisineMap.Western}", ws!.Seen, null, w);
            }

            if (nw is not null)
            {
                yield return new(Table, "median_unit_price", $"{unit}/{CuisineMap.NonWestern}", nws!.Seen, null, nw);
            }

            if (w is > 0 && nw is not null)
            {
                // > 1: non-Western items cost more per gram/ml/piece than Western ones.
                yield return new(Table, "unit_price_ratio_non_western_to_western", unit, 0, null, nw / w);
            }
        }
    }

    private void Count(string dimension, string slice)
    {
        if (!this.slices.TryGetValue(dimension, out var counts))
        {
            this.slices[dimension] = counts = new Dictionary<string, long>(StringComparer.Ordinal);
        }

        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, slice, out _)++;
    }

    /// <summary>Trimmed lower case, remembered per distinct value: the same few categories and units repeat on every
    /// row.</summary>
    private string Normal(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "(missing)";
        }

        if (!this.normalised.TryGetValue(value, out var normal))
        {
            normal = value.Trim().ToLowerInvariant();
            if (this.normalised.Count < 100_000)
            {
                this.normalised[value] = normal;
            }
        }

        return normal;
    }
}
