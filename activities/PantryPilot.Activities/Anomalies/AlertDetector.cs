using PantryPilot.Activities.Storage;
using PantryPilot.Domain.Alerts;
using PantryPilot.Domain.Forecasting;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Anomalies;

/// <summary>Alerts from the processed tables, streamed one row group at a time. Memory: the alerts themselves (to sort
/// them deterministically), the set of low-stock (user, item) keys, and one small cadence aggregate per (user, item).</summary>
public static class AlertDetector
{
    // Only these are decoded: the rest of each row (brands, stores, prices...) plays no part in an alert.
    private static readonly string[] InventoryColumns =
        [TableSchema.SourceRowColumn, "user_id", "item_id", "item_name", "quantity", "unit", "expiry_date", "is_low_stock"];

    private static readonly string[] PurchaseColumns =
        [TableSchema.SourceRowColumn, "user_id", "item_id", "item_name", "purchase_date", "expected_depletion_date"];

    public sealed record Detection(IReadOnlyList<Alert> Alerts, long InventoryRows, long PurchaseRows);

    public static async Task<Detection> DetectAsync(string inventoryPath, string purchasesPath, AlertRules rules, Action<string>? heartbeat = null, CancellationToken ct = default)
    {
        await RequireAsync(inventoryPath, "user_id", "item_id", "item_name", "quantity", "unit", "expiry_date");
        var purchaseSchema = await RequireAsync(purchasesPath, "user_id", "item_id", "item_name", "purchase_date", "quantity_purchased", "unit");
        // Canonical quantities when the file is processed, the raw ones otherwise: only one pair is decoded.
        string[] purchaseQuantity = purchaseSchema.Contains("qty_canonical") && purchaseSchema.Contains("canonical_unit")
            ? ["qty_canonical", "canonical_unit"]
            : ["quantity_purchased", "unit"];
        // Keeping one instance per distinct value bounds what the alerts and a million (household, item) aggregates
        // retain to the few thousand distinct ids, names and units (the reader shares strings only up to a limit).
        // The two passes are independent until the forecasts, so they run side by side, each with its own pool.
        var alerts = new List<Alert>();
        var lowStock = new HashSet<(string User, string Item)>();
        var pairs = new Dictionary<(string User, string Item), PairState>();
        var passes = new[] { Task.Run(InventoryPassAsync, ct), Task.Run(PurchasePassAsync, ct) };
        var rows = await Task.WhenAll(passes);
        foreach (var ((user, item), state) in pairs)
        {
            if (lowStock.Contains((user, item)) || lowStock.Contains((user, NameKey(state.Name))) || state.Cadence.Forecast() is not { } forecast)
            {
                continue; // already alerted as low stock, or not enough history to predict
            }

            if (rules.ForForecast(state.SourceRow, user, item, state.Name, state.Unit, forecast) is { } alert)
            {
                alerts.Add(alert);
            }
        }

        alerts.Sort(AlertRules.Compare);
        return new(alerts, rows[0], rows[1]);

        async Task<long> InventoryPassAsync()
        {
            var pool = new HashSet<string>(StringComparer.Ordinal);
            long inventoryRows = 0;
            await foreach (var batch in PrefetchingTableReader.ReadAsync(inventoryPath, InventoryColumns, cancellationToken: ct))
            {
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

        async Task<long> PurchasePassAsync()
        {
            var pool = new HashSet<string>(StringComparer.Ordinal);
            long purchaseRows = 0;
            await foreach (var batch in PrefetchingTableReader.ReadAsync(purchasesPath, [.. PurchaseColumns, .. purchaseQuantity], cancellationToken: ct))
            {
                var src = batch.Integer(TableSchema.SourceRowColumn);
                var user = batch.Text("user_id");
                var item = batch.Text("item_id");
                var name = batch.Text("item_name");
                var date = batch.Date("purchase_date");
                var qty = batch.Number(purchaseQuantity[0]);
                var unit = batch.Text(purchaseQuantity[1]);
                var depletion = batch.Schema.Contains("expected_depletion_date") ? batch.Date("expected_depletion_date") : null;
                for (var r = 0; r < batch.RowCount; r++)
                {
                    // Purchases after the as-of date are the future of this run: leaving them out keeps runs reproducible.
                    if (date[r] is not { } d || d > rules.AsOf || user[r] is null || item[r] is null)
                    {
                        continue;
                    }

                    // The reader already shares one string per value; only a new pair's key (kept for the whole run) is
                    // put through the pool, so the hot path costs one dictionary probe.
                    if (!pairs.TryGetValue((user[r]!, item[r]!), out var state))
                    {
                        pairs[(Shared(pool, user[r]!), Shared(pool, item[r]!))] = state = new PairState();
                    }

                    state.Cadence.Add(d, qty[r], depletion?[r]);
                    if (d >= state.LastDate)
                    {
                        state.LastDate = d;
                        state.SourceRow = src[r];
                        if (name[r] is { } pn && !ReferenceEquals(pn, state.Name))
                        {
                            state.Name = Shared(pool, pn);
                        }

                        if (unit[r] is { } pu && !ReferenceEquals(pu, state.Unit))
                        {
                            state.Unit = Shared(pool, pu);
                        }
                    }
                }

                purchaseRows += batch.RowCount;
                heartbeat?.Invoke($"purchases: {purchaseRows} rows, {pairs.Count} household items");
            }

            return purchaseRows;
        }
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

    private sealed class PairState
    {
        public PurchaseCadence Cadence { get; } = new();

        public DateOnly LastDate { get; set; } = DateOnly.MinValue;

        public long? SourceRow { get; set; }

        public string? Name { get; set; }

        public string? Unit { get; set; }
    }
}
