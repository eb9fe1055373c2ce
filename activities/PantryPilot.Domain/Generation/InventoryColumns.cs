using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Generation;

/// <summary>Typed column arrays of one inventory batch being filled.</summary>
internal sealed class InventoryColumns
{
    private static readonly DateOnly FarFuture = new(2199, 1, 1);

    private readonly long?[] _sourceRow;
    private readonly string?[] _userId, _itemId, _itemName, _unit, _category, _storage, _brand, _tags, _source;
    private readonly double?[] _quantity, _unitCost, _usage, _reorder;
    private readonly DateOnly?[] _expiry, _purchaseDate;
    private readonly bool?[] _allergen;
    private readonly DateTime?[] _updated;

    public InventoryColumns(int capacity)
    {
        Capacity = capacity;
        Batch = TableBatch.Allocate(PantrySchemas.Inventory, capacity);
        _sourceRow = Batch.Integer(TableSchema.SourceRowColumn);
        _userId = Batch.Text("user_id");
        _itemId = Batch.Text("item_id");
        _itemName = Batch.Text("item_name");
        _quantity = Batch.Number("quantity");
        _unit = Batch.Text("unit");
        _category = Batch.Text("category");
        _expiry = Batch.Date("expiry_date");
        _allergen = Batch.Boolean("allergen_flag");
        _unitCost = Batch.Number("unit_cost");
        _updated = Batch.Timestamp("last_updated");
        _storage = Batch.Text("storage_type");
        _brand = Batch.Text("brand");
        _tags = Batch.Text("nutritional_tags");
        _usage = Batch.Number("daily_usage_rate");
        _reorder = Batch.Number("reorder_threshold");
        _purchaseDate = Batch.Date("purchase_date");
        _source = Batch.Text("source");
    }

    public int Capacity { get; }

    public int Filled { get; set; }

    public TableBatch Batch { get; }

    public void Write(int i, long sourceRow, HouseholdPlanner planner, ref ItemPlan plan, DateOnly asOf)
    {
        var item = plan.Item;
        _sourceRow[i] = sourceRow;
        _userId[i] = planner.UserId;
        _itemId[i] = plan.ItemId;
        _itemName[i] = item.Name;
        _quantity[i] = plan.Remaining;
        _unit[i] = plan.Pack.Unit;
        _category[i] = item.Category;
        _expiry[i] = plan.Expiry;
        _allergen[i] = item.HasAllergens;
        _unitCost[i] = plan.UnitCost;
        var updated = asOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-plan.UpdatedHoursAgo);
        var bought = plan.LastPurchase.ToDateTime(new TimeOnly(18, 0), DateTimeKind.Utc);
        _updated[i] = updated < bought ? bought : updated;
        _storage[i] = item.Storage;
        _brand[i] = plan.Brand;
        _tags[i] = item.NutritionalTags;
        _usage[i] = plan.DailyUsage;
        _reorder[i] = plan.ReorderThreshold;
        _purchaseDate[i] = plan.LastPurchase;
        _source[i] = plan.Source;
    }

    public void InjectFault(int i, Random faults, HouseholdPlanner planner, int slot)
    {
        var kind = (FaultKind)faults.Next(6);
        if (kind == FaultKind.DuplicateId && slot == 0)
        {
            kind = FaultKind.NullRequiredField; // nothing earlier in the household to duplicate
        }

        switch (kind)
        {
            case FaultKind.NullRequiredField:
                switch (faults.Next(5))
                {
                    case 0: _userId[i] = null; break;
                    case 1: _itemId[i] = null; break;
                    case 2: _itemName[i] = null; break;
                    case 3: _quantity[i] = null; break;
                    default: _unit[i] = null; break;
                }

                break;
            case FaultKind.NegativeQuantity:
                _quantity[i] = -Math.Max(_quantity[i] ?? 1, 1);
                break;
            case FaultKind.UnknownUnit:
                _unit[i] = GeneratorVocabulary.UnknownUnits[faults.Next(GeneratorVocabulary.UnknownUnits.Length)];
                break;
            case FaultKind.BadDate:
                _expiry[i] = faults.Next(2) == 0 ? _purchaseDate[i]!.Value.AddDays(-1 - faults.Next(60)) : FarFuture;
                break;
            case FaultKind.DuplicateId:
                _itemId[i] = planner.Plans[slot - 1].ItemId;
                break;
            default:
                _unitCost[i] = Math.Round((_unitCost[i] ?? 1) * 10000 + 5000, 2);
                break;
        }
    }
}
