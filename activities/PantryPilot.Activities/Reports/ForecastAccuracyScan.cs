using PantryPilot.Activities.Storage;
using PantryPilot.Domain.Forecasting;
using PantryPilot.Domain.Units;

namespace PantryPilot.Activities.Reports;

/// <summary>The data report's forecast-accuracy section: a last-interval holdout (<see cref="HoldoutAccuracy"/>) over
/// the purchases of the first <see cref="MaxHouseholds"/> households of the processed file (in file order), so the
/// report, which runs beside the anomaly stage, holds a bounded sample and not a second copy of every
/// history.</summary>
public static class ForecastAccuracyScan
{
    public const int MaxHouseholds = 4_000;

    public sealed record Result(HoldoutAccuracy Accuracy, int Households, int HouseholdItems);

    public static async Task<Result?> ScanAsync(string purchasesPath, DateOnly asOf, CancellationToken ct = default)
    {
        var schema = await ParquetTableReader.ReadSchemaAsync(purchasesPath);
        if (!schema.Contains("qty_canonical")
            || !schema.Contains("canonical_unit")
            || !schema.Contains("purchase_date"))
        {
            return null; // not a processed purchase table: nothing to forecast from
        }

        string[] columns = schema.Contains("category")
            ? ["user_id", "item_id", "purchase_date", "qty_canonical", "canonical_unit", "category"]
            : ["user_id", "item_id", "purchase_date", "qty_canonical", "canonical_unit"];
        var households = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new Dictionary<(string User, string Item), (ConsumptionHistory History, string? Category)>();
        await foreach (var batch in PrefetchingTableReader.ReadAsync(purchasesPath, columns, cancellationToken: ct))
        {
            var user = batch.Text("user_id");
            var item = batch.Text("item_id");
            var date = batch.Date("purchase_date");
            var qty = batch.Number("qty_canonical");
            var unit = batch.Text("canonical_unit");
            var category = columns.Length > 5 ? batch.Text("category") : null;
            for (var r = 0; r < batch.RowCount; r++)
            {
                if (user[r] is not { } u
                    || item[r] is not { } i
                    || date[r] is not { } d
                    || d > asOf
                    || Unit(unit[r]) is not { } canonical)
                {
                    continue;
                }

                if (!households.Contains(u))
                {
                    if (households.Count == MaxHouseholds)
                    {
                        continue;
                    }

                    households.Add(u);
                }

                if (!pairs.TryGetValue((u, i), out var pair))
                {
                    pairs[(u, i)] = pair = (new ConsumptionHistory(), category?[r]);
                }

                pair.History.AddPurchase(d, qty[r], canonical);
            }
        }

        var priors = new CategoryPriorsBuilder();
        foreach (var ((_, item), (history, category)) in pairs)
        {
            priors.Add(category, history, asOf, item);
        }

        var accuracy = new HoldoutAccuracy(new ConsumptionForecaster(priors.Build()));
        var days = new List<int>();
        foreach (var ((_, item), (history, category)) in pairs)
        {
            days.Clear();
            days.AddRange(history.PurchaseDays(asOf));
            accuracy.Add(history, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(days), category, item);
        }

        return new(accuracy, households.Count, pairs.Count);
    }

    private static CanonicalUnit? Unit(string? symbol) => symbol switch
    {
        CanonicalUnitNames.Gram => CanonicalUnit.Gram,
        CanonicalUnitNames.Millilitre => CanonicalUnit.Millilitre,
        CanonicalUnitNames.Piece => CanonicalUnit.Piece,
        _ => null,
    };
}
