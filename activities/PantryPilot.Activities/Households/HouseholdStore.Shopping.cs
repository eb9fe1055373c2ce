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

        var known = lots.Count > 0 || purchases.Count > 0
            || await KnownAsync(connection, input.HouseholdId, cancellationToken);
        if (!known)
        {
            var message = $"household '{input.HouseholdId}' is unknown: set-profile or record-purchase creates it";
            throw Failure(HouseholdErrors.UnknownHousehold, message);
        }

        var household = HouseholdItemsBuilder.Build(lots, purchases, input.Today, new ConsumptionForecaster());
        var units = input.Units == ContractUnits.Imperial ? DomainUnits.Imperial : DomainUnits.Metric;
        var list = ShoppingListPlanner.Plan(input.Today, household.Items, [], units, input.Days);
        var byId = household.Items.ToDictionary(i => i.ItemId, StringComparer.Ordinal);
        var items = list.Lines.Select(l => Item(l, byId[l.ItemId])).ToList();
        var notes = household.Notes.Select(n => new ShoppingListNote(n.ItemId, n.Name, n.Reason)).ToList();
        return new ShoppingListView(
            input.HouseholdId, input.Today, input.Days, input.Units, household.Items.Count, items, notes);
    }

    private static ShoppingListItem Item(ShoppingListLine line, PantryItemState state) => new(
        line.ItemId,
        line.Name,
        line.Category,
        ShoppingListWriter.Reasons(line.Reasons).Split('|', StringSplitOptions.RemoveEmptyEntries),
        line.Unit.Symbol(),
        state.Stock,
        state.Forecast?.DailyRate,
        Basis(state.Forecast?.Basis),
        line.Shortfall,
        line.PackSize,
        line.Packs,
        line.Quantity,
        line.Display,
        line.RunsOutOn);

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
