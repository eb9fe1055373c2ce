using PantryPilot.Activities.Storage;
using PantryPilot.Domain.Alerts;
using PantryPilot.Domain.Forecasting;
using PantryPilot.Domain.Tables;
using PantryPilot.Domain.Units;

namespace PantryPilot.Activities.Anomalies;

/// <summary>Alerts and forecasts from the processed tables, streamed one row group at a time. Memory: the alerts
/// themselves (to sort them deterministically), the set of low-stock (user, item) keys, the inventory's lots (one
/// struct each) and one small purchase history per (user, item). The forecasts are written out as they are
/// made.</summary>
public static class AlertDetector
{
    // Only these are decoded: the rest of each row (brands, stores, prices...) plays no part in an alert.
    private static readonly string[] InventoryColumns = [
        TableSchema.SourceRowColumn, "user_id", "item_id", "item_name", "quantity", "unit", "expiry_date",
        "is_low_stock"];

    private static readonly string[] PurchaseColumns =
        [TableSchema.SourceRowColumn, "user_id", "item_id", "item_name", "purchase_date"];

    /// <param name="Forecasts">Rows written to the forecast table (household items with a usable purchase).</param>
    public sealed record Detection(
        IReadOnlyList<Alert> Alerts,
        long InventoryRows,
        long PurchaseRows,
        long Forecasts = 0);

    /// <param name="forecastPath">Where the forecast table goes (Parquet); null writes none.</param>
    public static async Task<Detection> DetectAsync(
        string inventoryPath,
        string purchasesPath,
        AlertRules rules,
        string? forecastPath = null,
        Action<string>? heartbeat = null,
        CancellationToken ct = default)
    {
        var inventorySchema = await RequireAsync(
            inventoryPath, "user_id", "item_id", "item_name", "quantity", "unit", "expiry_date");
        var purchaseSchema = await RequireAsync(
            purchasesPath, "user_id", "item_id", "item_name", "purchase_date", "quantity_purchased", "unit");
        // Canonical quantities when the file is processed, the raw ones otherwise: only one pair is decoded.
        string[] purchaseQuantity = purchaseSchema.Contains("qty_canonical")
            && purchaseSchema.Contains("canonical_unit")
            ? ["qty_canonical", "canonical_unit"]
            : ["quantity_purchased", "unit"];
        var purchaseCategory = purchaseSchema.Contains("category");
        var inventoryCanonical = inventorySchema.Contains("qty_canonical")
            && inventorySchema.Contains("canonical_unit");
        var inventoryAcquired = inventorySchema.Contains("purchase_date");
        // Keeping one instance per distinct value bounds what the alerts and a million (household, item) aggregates
        // retain to the few thousand distinct ids, names and units (the reader shares strings only up to a limit).
        // The two passes are independent until the forecasts, so they run side by side, each with its own pool.
        var alerts = new List<Alert>();
        var lowStock = new HashSet<(string User, string Item)>();
        var pairs = new Dictionary<(string User, string Item), PairState>();
        var lots = new LotBook();
        var passes = new[]
        {
            Task.Run(() => InventoryPassAsync(inventoryPath, inventoryCanonical, inventoryAcquired,
                rules, alerts, lots, lowStock, heartbeat, ct), ct),
            Task.Run(() => PurchasePassAsync(purchasesPath, purchaseQuantity, purchaseCategory, rules, pairs,
                heartbeat, ct), ct),
        };
        var rows = await Task.WhenAll(passes);
        var forecasts = await ForecastAsync(pairs, lots, lowStock, alerts, rules, forecastPath, heartbeat, ct);
        alerts.Sort(AlertRules.Compare);
        return new(alerts, rows[0], rows[1], forecasts);
    }

    /// <summary>The inventory: its alerts, its lots (canonical quantity, expiry, acquired day) and the low-stock
    /// keys, from the canonical quantities and the acquired day where the file has them.</summary>
    private static async Task<long> InventoryPassAsync(
        string inventoryPath,
        bool canonical,
        bool hasAcquired,
        AlertRules rules,
        List<Alert> alerts,
        LotBook lots,
        HashSet<(string User, string Item)> lowStock,
        Action<string>? heartbeat,
        CancellationToken ct)
    {
        var pool = new HashSet<string>(StringComparer.Ordinal);
        long inventoryRows = 0;
        string[] columns =
        [
            .. InventoryColumns, .. canonical ? ["qty_canonical", "canonical_unit"] : Array.Empty<string>(),
            .. hasAcquired ? ["purchase_date"] : Array.Empty<string>(),
        ];
        await foreach (var batch in PrefetchingTableReader.ReadAsync(inventoryPath, columns, cancellationToken: ct))
        {
            var canonicalQty = canonical ? batch.Number("qty_canonical") : null;
            var canonicalUnit = canonical ? batch.Text("canonical_unit") : null;
            var acquired = hasAcquired ? batch.Date("purchase_date") : null;
            var src = batch.Integer(TableSchema.SourceRowColumn);
            var user = batch.Text("user_id");
            var item = batch.Text("item_id");
            var name = batch.Text("item_name");
            var qty = batch.Number("quantity");
            var unit = batch.Text("unit");
            var expiry = batch.Date("expiry_date");
            var low = batch.Schema.Contains("is_low_stock") ? batch.Boolean("is_low_stock") : null;
            for (var r = 0; r < batch.RowCount; r++)
            {
                var u = Shared(pool, user[r] ?? "");
                var i = Shared(pool, item[r] ?? "");
                var itemName = name[r] is { } n ? Shared(pool, n) : null;
                var itemUnit = unit[r] is { } un ? Shared(pool, un) : null;
                alerts.AddRange(rules.ForInventory(src[r], u, i, itemName, qty[r], itemUnit, expiry[r], low?[r]));
                if (Canonical(
                    canonicalQty is null ? qty[r] : canonicalQty[r],
                    canonicalUnit is null ? itemUnit : canonicalUnit[r]) is { } lot)
                {
                    lots.Add(u, i, src[r], lot.Value, lot.Unit, expiry[r], acquired?[r]);
                }
                if (low?[r] == true)
                {
                    lowStock.Add((u, i));
                    lowStock.Add((u, Shared(pool, NameKey(itemName))));
                }
            }

            inventoryRows += batch.RowCount;
            heartbeat?.Invoke($"inventory: {inventoryRows} rows, {alerts.Count} alerts");
        }

        return inventoryRows;
    }

    /// <summary>The purchases: one history per (household, item), with its latest name, category and row up to the
    /// as-of day. <paramref name="quantity"/> names the quantity and unit columns to read (canonical or raw).</summary>
    private static async Task<long> PurchasePassAsync(
        string purchasesPath,
        string[] quantity,
        bool hasCategory,
        AlertRules rules,
        Dictionary<(string User, string Item), PairState> pairs,
        Action<string>? heartbeat,
        CancellationToken ct)
    {
        var pool = new HashSet<string>(StringComparer.Ordinal);
        long purchaseRows = 0;
        string[] columns = [.. PurchaseColumns, .. quantity, .. hasCategory ? ["category"] : Array.Empty<string>()];
        await foreach (var batch in PrefetchingTableReader.ReadAsync(purchasesPath, columns, cancellationToken: ct))
        {
            var src = batch.Integer(TableSchema.SourceRowColumn);
            var user = batch.Text("user_id");
            var item = batch.Text("item_id");
            var name = batch.Text("item_name");
            var date = batch.Date("purchase_date");
            var qty = batch.Number(quantity[0]);
            var unit = batch.Text(quantity[1]);
            var category = hasCategory ? batch.Text("category") : null;
            for (var r = 0; r < batch.RowCount; r++)
            {
                // Purchases after the as-of date are the future of this run: the forecast leaves them out and names
                // them in its notes, so runs stay reproducible and nothing goes unaccounted.
                if (date[r] is not { } d || user[r] is null || item[r] is null)
                {
                    continue;
                }

                // The reader already shares one string per value; only a new pair's key (kept for the whole run) is
                // put through the pool, so the hot path costs one dictionary probe.
                if (!pairs.TryGetValue((user[r]!, item[r]!), out var state))
                {
                    pairs[(Shared(pool, user[r]!), Shared(pool, item[r]!))] = state = new PairState();
                }

                if (Canonical(qty[r], unit[r]) is { } bought)
                {
                    state.History.AddPurchase(d, bought.Value, bought.Unit, src[r]);
                }
                else
                {
                    state.History.AddPurchase(d, qty[r], unit[r], src[r]); // refused with its reason
                }

                if (d >= state.LastDate && d <= rules.AsOf)
                {
                    state.LastDate = d;
                    state.SourceRow = src[r];
                    if (name[r] is { } pn && !ReferenceEquals(pn, state.Name))
                    {
                        state.Name = Shared(pool, pn);
                    }

                    if (category?[r] is { } pc && !ReferenceEquals(pc, state.Category))
                    {
                        state.Category = Shared(pool, pc);
                    }
                }
            }

            purchaseRows += batch.RowCount;
            heartbeat?.Invoke($"purchases: {purchaseRows} rows, {pairs.Count} household items");
        }

        return purchaseRows;
    }

    private static async Task<TableSchema> RequireAsync(string path, params string[] columns)
    {
        var schema = await ParquetTableReader.ReadSchemaAsync(path);
        foreach (var column in columns)
        {
            if (!schema.Contains(column))
            {
                throw new Pipeline.BadInputException($"detect anomalies: {path} has no column '{column}'");
            }
        }

        return schema;
    }

    private static string Shared(HashSet<string> pool, string value)
    {
        if (pool.TryGetValue(value, out var shared))
        {
            return shared;
        }

        pool.Add(value);
        return value;
    }

    private static string NameKey(string? name) => "name:" + (name ?? "").Trim().ToLowerInvariant();

    /// <summary>Priors pooled over every pair first, then one forecast per pair: a predicted stock-out alert (unless
    /// the item is already alerted as low stock), an alert per lot that expires before it is used, and a forecast
    /// row.</summary>
    private static async Task<long> ForecastAsync(
        Dictionary<(string User, string Item), PairState> pairs,
        LotBook lots,
        HashSet<(string User, string Item)> lowStock,
        List<Alert> alerts,
        AlertRules rules,
        string? forecastPath,
        Action<string>? heartbeat,
        CancellationToken ct)
    {
        var priorsBuilder = new CategoryPriorsBuilder();
        foreach (var state in pairs.Values)
        {
            priorsBuilder.Add(state.Category, state.History, rules.AsOf);
        }

        var forecaster = new ConsumptionForecaster(priorsBuilder.Build());
        await using var table = forecastPath is null ? null : await ForecastTableWriter.CreateAsync(forecastPath, ct);
        long done = 0;
        foreach (var ((user, item), state) in pairs)
        {
            if (++done % 65_536 == 0)
            {
                ct.ThrowIfCancellationRequested();
                heartbeat?.Invoke($"forecasts: {done} of {pairs.Count} household items");
            }

            var otherUnit = false;
            var shelf = state.History.Unit is { } unit ? lots.For(user, item, unit, out otherUnit) : null;
            if (!forecaster.TryForecast(state.History, rules.AsOf, state.Category, shelf, out var forecast, out _))
            {
                continue; // no usable purchase on or before the as-of day: its rows are refused or in the future
            }

            foreach (var expiring in forecast!.ExpiringLots)
            {
                alerts.Add(rules.ForExpiringLot(user, item, state.Name, forecast, expiring));
            }

            if (!lowStock.Contains((user, item)) && !lowStock.Contains((user, NameKey(state.Name)))
                && rules.ForForecast(state.SourceRow, user, item, state.Name, forecast) is { } alert)
            {
                alerts.Add(alert);
            }

            if (table is not null)
            {
                var notes = forecast.Rejections.Count == 0
                    ? null
                    : string.Join("; ", forecast.Rejections.Select(x => x.Reason));
                if (otherUnit)
                {
                    notes = (notes is null ? "" : notes + "; ")
                        + $"inventory holds it in another unit than {forecast.Unit.Symbol()}: "
                        + "stock counted from the last purchase";
                }

                if (table.Add(
                    state.SourceRow,
                    user,
                    item,
                    state.Name,
                    state.Category,
                    forecast,
                    shelf is not null,
                    notes))
                {
                    await table.FlushAsync(ct);
                }
            }
        }
        if (table is null)
        {
            return 0;
        }

        await table.CompleteAsync(ct);
        return table.Rows;
    }

    /// <summary>A quantity in its canonical unit: "g", "ml", "pcs" as the transform writes them, or any unit the
    /// normaliser knows (an unprocessed file). Null when there is none.</summary>
    private static UnitConversion? Canonical(double? quantity, string? unit)
    {
        if (quantity is not { } q)
        {
            return null;
        }

        var conversion = unit switch
        {
            CanonicalUnitNames.Gram => UnitConversion.Ok(q, CanonicalUnit.Gram),
            CanonicalUnitNames.Millilitre => UnitConversion.Ok(q, CanonicalUnit.Millilitre),
            CanonicalUnitNames.Piece => UnitConversion.Ok(q, CanonicalUnit.Piece),
            _ => UnitNormalizer.Normalize(q, unit),
        };
        return conversion.Success ? conversion : null;
    }

    private sealed class PairState
    {
        public ConsumptionHistory History { get; } = new();

        public DateOnly LastDate { get; set; } = DateOnly.MinValue;

        public long? SourceRow { get; set; }

        public string? Name { get; set; }

        public string? Category { get; set; }
    }
}
