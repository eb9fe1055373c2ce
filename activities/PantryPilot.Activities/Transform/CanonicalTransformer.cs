using System.Globalization;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Catalogue;
using PantryPilot.Domain.Tables;
using PantryPilot.Domain.Units;

namespace PantryPilot.Activities.Transform;

/// <summary>One batch in, processed rows and quarantined rows out. Converts the quantity column to g/ml/pcs
/// (and the reorder threshold with the same factor), derives stock value, low-stock flag and per-unit price.
/// A row whose unit cannot be converted, or whose quantity is missing, NaN or negative, is quarantined with a reason
/// naming table, source row, field and value. Plain class: no Temporal, no I/O.</summary>
public sealed class CanonicalTransformer
{
    private readonly string label;
    private readonly bool inventory;
    private readonly string quantityColumn;
    private readonly int sourceRow, quantity, unit, itemName, reorder, cost, price;
    private readonly int[] carried;
    private readonly int[]? known; // null: no carried columns, the input's columns are the known ones as they stand

    public CanonicalTransformer(DataTable table, TableSchema input, string label)
    {
        this.label = label;
        this.inventory = table switch
        {
            DataTable.Inventory => true,
            DataTable.Purchases => false,
            _ => throw new ArgumentOutOfRangeException(
                nameof(table),
                table,
                "only inventory and purchase_history carry quantities"),
        };
        this.quantityColumn = this.inventory ? "quantity" : "quantity_purchased";
        this.sourceRow = Require(input, TableSchema.SourceRowColumn, ColumnKind.Integer);
        this.quantity = Require(input, this.quantityColumn, ColumnKind.Number);
        this.unit = Require(input, "unit", ColumnKind.Text);
        this.itemName = input.IndexOf("item_name") is var n and >= 0 && input.Columns[n].Kind == ColumnKind.Text
            ? n
            : -1;
        this.reorder = this.inventory ? Require(input, "reorder_threshold", ColumnKind.Number) : -1;
        this.cost = this.inventory ? Require(input, "unit_cost", ColumnKind.Number) : -1;
        this.price = this.inventory ? -1 : Require(input, "price_total", ColumnKind.Number);
        // Columns the layout does not know (carried from a CSV) go after the derived ones, in their file order, so the
        // processed layout always starts with the same known columns.
        var layout = this.inventory ? PantrySchemas.Inventory : PantrySchemas.Purchases;
        var known = Enumerable.Range(0, input.Columns.Count)
            .Where(c => layout.Contains(input.Columns[c].Name))
            .ToArray();
        this.carried = Enumerable.Range(0, input.Columns.Count)
            .Where(c => !layout.Contains(input.Columns[c].Name))
            .ToArray();
        this.known = this.carried.Length == 0 ? null : known;
        var derivedSpecs = this.inventory ? PantrySchemas.InventoryDerived : PantrySchemas.PurchaseDerived;
        OutputSchema = new TableSchema(
            input.Name,
            known.Select(c => input.Columns[c])
                .Concat(derivedSpecs)
                .Concat(this.carried.Select(c => input.Columns[c])));
        QuarantineSchema = PantrySchemas.Quarantine(input);
    }

    public TableSchema OutputSchema { get; }

    public TableSchema QuarantineSchema { get; }

    public TransformedBatch Transform(TableBatch batch)
    {
        var n = batch.RowCount;
        var sourceRows = (long?[])batch.Columns[this.sourceRow];
        var quantities = (double?[])batch.Columns[this.quantity];
        var units = (string?[])batch.Columns[this.unit];
        var names = this.itemName >= 0 ? (string?[])batch.Columns[this.itemName] : null;
        var keep = new bool[n];
        var canonical = new double[n];
        var factors = new double[n];
        var canonicalUnits = new string[n];
        string?[]? reasons = null;
        var kept = 0;
        for (var r = 0; r < n; r++)
        {
            var error = Convert(quantities[r], units[r], names?[r], out var factor, out var unit);
            if (error is null)
            {
                keep[r] = true;
                factors[r] = factor;
                canonical[r] = quantities[r]!.Value * factor;
                canonicalUnits[r] = unit.Symbol();
                kept++;
            }
            else
            {
                reasons ??= new string?[n];
                reasons[r] = $"{this.label} row {sourceRows[r]?.ToString(CultureInfo.InvariantCulture) ?? "?"} field "
                    + $"{error}";
            }
        }

        var processed = kept == n ? batch : batch.Filter(keep, keep: true);
        var derived = this.inventory
            ? DeriveInventory(batch, keep, kept, canonical, factors, canonicalUnits)
            : DerivePurchases(batch, keep, kept, canonical, canonicalUnits);
        var output = this.known is null
            ? new TableBatch(OutputSchema, kept, [.. processed.Columns, .. derived])
            : new TableBatch(
                OutputSchema,
                kept,
                [
                    .. this.known.Select(c => processed.Columns[c]),
                    .. derived,
                    .. this.carried.Select(c => processed.Columns[c])
                ]);
        TableBatch? quarantine = null;
        if (kept < n)
        {
            var rejected = batch.Filter(keep, keep: false);
            var reasonColumn = new string?[n - kept];
            for (int r = 0, w = 0; r < n; r++)
            {
                if (!keep[r])
                {
                    reasonColumn[w++] = reasons![r];
                }
            }

            quarantine = new TableBatch(QuarantineSchema, n - kept, [.. rejected.Columns, reasonColumn]);
        }

        return new(output, quarantine);
    }

    private string? Convert(
        double? quantity,
        string? unitText,
        string? itemName,
        out double factor,
        out CanonicalUnit unit)
    {
        factor = 0;
        unit = default;
        if (quantity is not { } q)
        {
            return $"{this.quantityColumn}: value is missing";
        }

        if (double.IsNaN(q) || double.IsInfinity(q))
        {
            return $"{this.quantityColumn}: {q.ToString(CultureInfo.InvariantCulture)} is not a number";
        }

        if (q < 0)
        {
            return $"{this.quantityColumn}: {q.ToString(CultureInfo.InvariantCulture)} is negative";
        }

        if (string.IsNullOrWhiteSpace(unitText))
        {
            return "unit: value is missing";
        }

        if (!UnitNormalizer.TryGetFactor(unitText, out var unitFactor))
        {
            return $"unit: '{unitText}' is not a convertible unit";
        }

        // "pack" counts the item's pieces per pack when the catalogue knows the item, else one piece per pack.
        var piecesPerPack = unitFactor.IsPack ? ItemCatalogue.Find(itemName)?.PiecesPerPack ?? 1 : 1;
        factor = UnitNormalizer.Scale(unitFactor, piecesPerPack);
        unit = unitFactor.Canonical;
        return null;
    }

    private Array[] DeriveInventory(
        TableBatch batch,
        bool[] keep,
        int kept,
        double[] canonical,
        double[] factors,
        string[] canonicalUnits)
    {
        var quantities = (double?[])batch.Columns[this.quantity];
        var reorders = (double?[])batch.Columns[this.reorder];
        var costs = (double?[])batch.Columns[this.cost];
        var qty = new double?[kept];
        var unit = new string?[kept];
        var reorder = new double?[kept];
        var value = new double?[kept];
        var low = new bool?[kept];
        for (int r = 0, w = 0; r < batch.RowCount; r++)
        {
            if (!keep[r])
            {
                continue;
            }

            qty[w] = canonical[r];
            unit[w] = canonicalUnits[r];
            if (reorders[r] is { } threshold && !double.IsNaN(threshold))
            {
                // Threshold is in the row's unit, so the same factor puts it in the quantity's canonical unit.
                var t = threshold * factors[r];
                reorder[w] = t;
                low[w] = canonical[r] <= t;
            }

            if (costs[r] is { } cost)
            {
                value[w] = quantities[r]!.Value * cost;
            }

            w++;
        }

        return [qty, unit, reorder, value, low];
    }

    private Array[] DerivePurchases(
        TableBatch batch,
        bool[] keep,
        int kept,
        double[] canonical,
        string[] canonicalUnits)
    {
        var prices = (double?[])batch.Columns[this.price];
        var qty = new double?[kept];
        var unit = new string?[kept];
        var unitPrice = new double?[kept];
        for (int r = 0, w = 0; r < batch.RowCount; r++)
        {
            if (!keep[r])
            {
                continue;
            }

            qty[w] = canonical[r];
            unit[w] = canonicalUnits[r];
            if (prices[r] is { } price && canonical[r] > 0)
            {
                unitPrice[w] = price / canonical[r];
            }

            w++;
        }

        return [qty, unit, unitPrice];
    }

    private int Require(TableSchema schema, string column, ColumnKind kind)
    {
        var i = schema.IndexOf(column);
        if (i < 0)
        {
            throw new BadInputException(
                $"{this.label}: column '{column}' is missing, so quantities cannot be converted");
        }

        if (schema.Columns[i].Kind != kind)
        {
            throw new BadInputException(
                $"{this.label}: column '{column}' is {schema.Columns[i].Kind}, expected {kind}");
        }

        return i;
    }
}
