using System.Data.Common;
using PantryPilot.Contracts.Households;
using PantryPilot.Domain.Forecasting;
using PantryPilot.Domain.Shopping;
using PantryPilot.Domain.Units;
using ContractUnits = PantryPilot.Contracts.Households.UnitSystem;
using DomainUnits = PantryPilot.Domain.Shopping.UnitSystem;

namespace PantryPilot.Activities.Households;

/// <summary>The shopping list: reads the household's open lots and purchases (rows streamed, grouped per item),
/// forecasts each item and plans what to buy (<see cref="HouseholdItemsBuilder"/>, <see cref="ShoppingListPlanner"/>).
/// Reads only, so a retry is harmless.</summary>
public sealed partial class HouseholdStore
{
    private const string ShoppingLotsSql = """
        SELECT row_id, coalesce(item_id, item_name), item_name, category, quantity, unit, expiry_date, purchase_date,
               reorder_threshold
        FROM inventory
        WHERE user_id = @h AND quantity > 0 AND item_name IS NOT NULL AND unit IS NOT NULL
        """;

    private const string KnownSql = "SELECT 1 FROM households WHERE household_id = @h";

    private const string ShoppingPurchasesSql = """
        SELECT row_id, coalesce(item_id, item_name), item_name, category, purchase_date, quantity_purchased, unit
        FROM purchase_history
        WHERE user_id = @h AND item_name IS NOT NULL AND unit IS NOT NULL AND purchase_date IS NOT NULL
          AND quantity_purchased IS NOT NULL
        """;

    /// <summary>What consume, cook and discard took from each lot, with the lot's item (the forecaster's usage
    /// events). Only decreases: a change that added stock is no use.</summary>
    private const string ShoppingUsageSql = """
        SELECT c.lot_id, coalesce(i.item_id, i.item_name, c.item_name), c.changed_at,
               c.before_quantity - c.after_quantity, c.unit, c.update_name
        FROM household_stock_changes c LEFT JOIN inventory i ON i.row_id = c.lot_id
        WHERE c.household_id = @h AND c.update_name IN ('consume', 'cook', 'discard')
          AND c.before_quantity > c.after_quantity
        """;

    public async Task<ShoppingListView> ShoppingListAsync(ShoppingListInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var connection = await database.OpenAsync(cancellationToken);
        var lots = new List<ShelfLotRow>();
        await using (var command = SqlCommands.Create(connection, null, ShoppingLotsSql, ("h", input.HouseholdId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                lots.Add(new(
                    reader.GetInt64(0), reader.GetString(1), reader.GetString(2), Text(reader, 3), reader.GetDouble(4),
                    reader.GetString(5), Date(reader, 6), Date(reader, 7),
                    reader.IsDBNull(8) ? null : reader.GetDouble(8)));
            }
        }

        var purchases = new List<PurchaseRow>();
        await using (var command = SqlCommands.Create(connection, null, ShoppingPurchasesSql, ("h", input.HouseholdId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                purchases.Add(new(
                    reader.GetInt64(0), reader.GetString(1), reader.GetString(2), Text(reader, 3),
                    reader.GetFieldValue<DateOnly>(4), reader.GetDouble(5), reader.GetString(6)));
            }
        }

        var usage = new List<UsageRow>();
        await using (var command = SqlCommands.Create(connection, null, ShoppingUsageSql, ("h", input.HouseholdId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var kind = reader.GetString(5) switch
                {
                    HouseholdNames.Cook => UsageKind.Cooked,
                    HouseholdNames.Discard => UsageKind.Discarded,
                    _ => UsageKind.Consumed,
                };
                var day = DateOnly.FromDateTime(reader.GetFieldValue<DateTime>(2));
                usage.Add(new(
                    reader.GetInt64(0), reader.GetString(1), day, reader.GetDouble(3), reader.GetString(4), kind));
            }
        }

        var known = lots.Count > 0 || purchases.Count > 0
            || await KnownAsync(connection, input.HouseholdId, cancellationToken);
        if (!known)
        {
            var message = $"household '{input.HouseholdId}' is unknown: set-profile or record-purchase creates it";
            throw Failure(HouseholdErrors.UnknownHousehold, message);
        }

        var household = HouseholdItemsBuilder.Build(lots, purchases, input.Today, new ConsumptionForecaster(), usage);
        var ingredients = (input.Plans ?? []).SelectMany(p => p.Ingredients.Select(i =>
            new PlannedIngredient(p.Title ?? p.RecipeRequestId, p.Date, i.Name, i.Quantity, i.Unit))).ToList();
        var minimums = (input.MinStocks ?? []).Select(m => new MinStockRule(m.Item, m.Quantity, m.Unit)).ToList();
        var resolved = PlanInputsResolver.Resolve(household.Items, ingredients, minimums);
        var units = input.Units == ContractUnits.Imperial ? DomainUnits.Imperial : DomainUnits.Metric;
        var list = ShoppingListPlanner.Plan(input.Today, resolved.Items, resolved.Needs, units, input.Days);
        var byId = resolved.Items.ToDictionary(i => i.ItemId, StringComparer.Ordinal);
        var end = input.Today.AddDays(input.Days);
        var items = list.Lines.Select(l => Item(l, byId.GetValueOrDefault(l.ItemId), resolved.Needs, input.Today, end))
            .ToList();
        var notes = household.Notes.Concat(resolved.Notes)
            .Select(n => new ShoppingListNote(n.ItemId, n.Name, n.Reason))
            .Concat(list.Problems.Select(p => new ShoppingListNote(string.Empty, "planned recipes", p)))
            .ToList();
        var warnings = resolved.Items
            .SelectMany(i => (i.Forecast?.ExpiringLots ?? []).Select(e => new ExpiryWarning(
                i.ItemId, i.Name, e.Lot.Expiry!.Value, e.QuantityLeftAtExpiry, i.Unit.Symbol(), e.UsedUpBy)))
            .OrderBy(w => w.Expires).ThenBy(w => w.Name, StringComparer.Ordinal)
            .ToList();
        return new ShoppingListView(
            input.HouseholdId, input.Today, input.Days, input.Units, household.Items.Count, items, notes, warnings);
    }

    /// <param name="state">Null for an item only planned recipes need (never held).</param>
    private static ShoppingListItem Item(
        ShoppingListLine line,
        PantryItemState? state,
        IReadOnlyList<PlannedNeed> needs,
        DateOnly from,
        DateOnly end) => new(
        line.ItemId,
        line.Name,
        line.Category,
        ShoppingListWriter.Reasons(line.Reasons).Split('|', StringSplitOptions.RemoveEmptyEntries),
        line.Unit.Symbol(),
        state?.Stock ?? 0,
        state?.Forecast?.DailyRate,
        Basis(state?.Forecast?.Basis),
        line.Shortfall,
        line.PackSize,
        line.Packs,
        line.Quantity,
        line.Display,
        line.RunsOutOn,
        needs.Where(n => n.ItemId == line.ItemId && n.Quantity > 0 && n.Date >= from && n.Date < end
            && n.Unit == line.Unit)
            .Sum(n => n.Quantity),
        line.Recipes);

    private static string Basis(ForecastBasis? basis) => basis switch
    {
        ForecastBasis.PurchaseHistory => "purchase_history",
        ForecastBasis.UsageEvents => "usage_events",
        ForecastBasis.CategoryPrior => "category_prior",
        _ => "none",
    };

    private static async Task<bool> KnownAsync(DbConnection connection, string householdId, CancellationToken token) =>
        await SqlCommands.ScalarAsync(connection, null, KnownSql, token, ("h", householdId)) is not null;

    private static string? Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static DateOnly? Date(DbDataReader reader, int i) =>
        reader.IsDBNull(i) ? null : reader.GetFieldValue<DateOnly>(i);
}
