using System.Data.Common;
using System.Globalization;
using System.Text;
using PantryPilot.Contracts.Households;
using PantryPilot.Domain.Catalogue;

namespace PantryPilot.Activities.Households;

/// <summary>Stock writes: a purchase adds lots (inventory rows) and purchase_history rows; consume, discard and cook
/// take from lots by the one stock rule (<see cref="HouseholdRules.PlanUse"/>) and log every lot change.</summary>
public sealed partial class HouseholdStore
{
    public async Task<StockChangeResult> RecordPurchaseAsync(RecordPurchaseInput input,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var request = input.Request;
        if (rules.CheckPurchase(request.Lines) is { } problem)
        {
            throw Failure(problem.ErrorType, problem.Message);
        }

        return await WriteAsync(input.HouseholdId, request.RequestId, HouseholdNames.RecordPurchase, input.PayloadHash,
            cancellationToken, async (connection, transaction) =>
        {
            var open = await ReadLotsAsync(connection, transaction, input.HouseholdId, cancellationToken);
            if (open.Count + request.Lines.Count > HouseholdLimits.MaxOpenLots)
            {
                throw Failure(
                    HouseholdErrors.PantryFull,
                    $"lines: the pantry holds {open.Count} open lots; {request.Lines.Count} more would pass the limit "
                    + $"of {HouseholdLimits.MaxOpenLots} (consume or discard first)");
            }

            var day = request.PurchasedOn ?? input.Today;
            var changes = new List<LotChange>();
            for (var i = 0; i < request.Lines.Count; i++)
            {
                var line = request.Lines[i];
                var name = line.Name.Trim();
                var unit = line.Unit.Trim();
                var (itemId, category) =
                    await ItemOfAsync(connection, transaction, input.HouseholdId, name, cancellationToken);
                var lotId = Convert.ToInt64(await SqlCommands.ScalarAsync(connection, transaction, """
                    INSERT INTO inventory (user_id, item_id, item_name, quantity, unit, category, expiry_date,
                        unit_cost, last_updated, purchase_date, source)
                    VALUES (@h, @i, @n, @q, @u, @c, @e, @k, @t, @d, 'household')
                    RETURNING row_id
                    """, cancellationToken, ("h", input.HouseholdId), ("i", itemId), ("n", name), ("q", line.Quantity),
                    ("u", unit), ("c", category),
                    ("e", line.Expires), ("k", line.Price / line.Quantity), ("t", Now), ("d", day)),
                        CultureInfo.InvariantCulture);
                await SqlCommands.ExecuteAsync(connection, transaction, """
                    INSERT INTO purchase_history (user_id, transaction_id, item_id, item_name, quantity_purchased,
                        unit, price_total, purchase_date, store_name, discount_applied, category, weekday,
                        purchase_channel)
                    VALUES (@h, @r, @i, @n, @q, @u, @p, @d, @s, @f, @c, @w, 'household')
                    """, cancellationToken, ("h", input.HouseholdId), ("r", request.RequestId), ("i", itemId),
                    ("n", name), ("q", line.Quantity), ("u", unit),
                    ("p", line.Price), ("d", day), ("s", request.Store), ("f", false), ("c", category),
                    ("w", day.DayOfWeek.ToString()));
                var change = new LotChange(lotId, name, unit, 0, line.Quantity, line.Expires);
                await LogChangeAsync(connection, transaction, input.HouseholdId, request.RequestId,
                    HouseholdNames.RecordPurchase, i, change, request.Store, cancellationToken);
                changes.Add(change);
            }

            var notes = request.Lines.Where(l => l.Expires is { } e && e < input.Today)
                .Select(l => $"{l.Name.Trim()} is already past its date ({l.Expires:yyyy-MM-dd})").ToList();
            return new StockChangeResult(request.RequestId, changes, [], notes);
        });
    }

    /// <summary>consume, discard and cook: one rule, told apart by <see cref="UseStockInput.Update"/> and
    /// mode.</summary>
    public async Task<StockChangeResult> UseStockAsync(UseStockInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return await WriteAsync(input.HouseholdId, input.RequestId, input.Update, input.PayloadHash, cancellationToken,
            async (connection, transaction) =>
        {
            var lots = await ReadLotsAsync(connection, transaction, input.HouseholdId, cancellationToken);
            if (lots.Count == 0 && !await KnownAsync(connection, transaction, input.HouseholdId, cancellationToken))
            {
                throw Failure(HouseholdErrors.UnknownHousehold,
                    $"household '{input.HouseholdId}' is unknown: set-profile or record-purchase creates it");
            }

            var plan = rules.PlanUse(lots, input.Lines, input.Mode);
            if (plan.Problem is { } problem)
            {
                throw Failure(problem.ErrorType, problem.Message);
            }

            if (input.Mode == UseMode.UpToZero && plan.Changes.Count == 0)
            {
                throw Failure(
                    HouseholdErrors.NothingToCook,
                    "none of the ingredients is in the pantry any more "
                    + $"({string.Join("; ", plan.Missing.Take(5).Select(m => m.Reason))})");
            }

            for (var i = 0; i < plan.Changes.Count; i++)
            {
                var change = plan.Changes[i];
                await SqlCommands.ExecuteAsync(connection, transaction,
                    "UPDATE inventory SET quantity = @q, last_updated = @t WHERE row_id = @id AND user_id = @h",
                    cancellationToken, ("q", change.After), ("t", Now), ("id", change.LotId), ("h", input.HouseholdId));
                await LogChangeAsync(connection, transaction, input.HouseholdId, input.RequestId, input.Update, i,
                    change, input.Note, cancellationToken);
            }

            return new StockChangeResult(input.RequestId, plan.Changes, plan.Missing, []);
        });
    }

    private static async Task<bool> KnownAsync(DbConnection connection, DbTransaction transaction, string householdId,
        CancellationToken cancellationToken) =>
        await SqlCommands.ScalarAsync(connection, transaction, "SELECT 1 FROM households WHERE household_id = @h",
            cancellationToken, ("h", householdId)) is not null
        || await SqlCommands.ScalarAsync(connection, transaction, "SELECT 1 FROM inventory WHERE user_id = @h LIMIT 1",
            cancellationToken, ("h", householdId)) is not null
        || await SqlCommands.ScalarAsync(connection, transaction,
            "SELECT 1 FROM purchase_history WHERE user_id = @h LIMIT 1", cancellationToken,
            ("h", householdId)) is not null;

    private Task LogChangeAsync(
        DbConnection connection, DbTransaction transaction, string householdId, string requestId, string update,
        int line, LotChange change, string? note, CancellationToken cancellationToken) =>
        SqlCommands.ExecuteAsync(connection, transaction, """
            INSERT INTO household_stock_changes (household_id, request_id, line, update_name, lot_id, item_name, unit,
                before_quantity, after_quantity, note, changed_at)
            VALUES (@h, @r, @l, @u, @lot, @n, @unit, @b, @a, @note, @t)
            """, cancellationToken, ("h", householdId), ("r", requestId), ("l", line), ("u", update),
            ("lot", change.LotId), ("n", change.Name), ("unit", change.Unit),
            ("b", change.Before), ("a", change.After), ("note", note), ("t", Now));

    /// <summary>The item id and category a new lot gets: the catalogue's, else those of the household's earlier lots of
    /// the same name, else an id made from the name.</summary>
    private static async Task<(string ItemId, string? Category)> ItemOfAsync(
        DbConnection connection, DbTransaction transaction, string householdId, string name,
        CancellationToken cancellationToken)
    {
        if (ItemCatalogue.Find(name) is { } item)
        {
            return (item.Id, item.Category);
        }

        await using var command = SqlCommands.Create(connection, transaction,
            "SELECT item_id, category FROM inventory WHERE user_id = @h AND lower(item_name) = lower(@n) "
            + "AND item_id IS NOT NULL ORDER BY row_id LIMIT 1",
            ("h", householdId),
            ("n", name));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (await reader.ReadAsync(cancellationToken))
        {
            return (reader.GetString(0), await reader.IsDBNullAsync(1, cancellationToken) ? null : reader.GetString(1));
        }

        return (Slug(name), null);
    }

    /// <summary>"Block Tofu (firm)" → "HH-block-tofu-firm": letters and digits, at most 40 characters.</summary>
    private static string Slug(string name)
    {
        var text = new StringBuilder("HH-");
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                text.Append(c);
            }
            else if (text[^1] != '-')
            {
                text.Append('-');
            }

            if (text.Length >= 40)
            {
                break;
            }
        }

        return text.ToString().TrimEnd('-');
    }
}
