using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Generation;

/// <summary>Typed column arrays of one inventory batch being filled.</summary>
internal sealed class InventoryColumns
{
    private static readonly DateOnly FarFuture = new(2199, 1, 1);

    private readonly long?[] sourceRow;
    private readonly string?[] userId, itemId, itemName, unit, category, storage, brand, tags, source;
    private readonly double?[] quantity, unitCost, usage, reorder;
    private readonly DateOnly?[] expiry, purchaseDate;
    private readonly bool?[] allergen;
    private readonly DateTime?[] updated;

    public InventoryColumns(int capacity)
    {
        Capacity = capacity;
        Batch = TableBatch.Allocate(PantrySchemas.Inventory, capacity);
        this.sourceRow = Batch.Integer(TableSchema.SourceRowColumn);
        this.userId = Batch.Text("user_id");
        this.itemId = Batch.Text("item_id");
        this.itemName = Batch.Text("item_name");
        this.quantity = Batch.Number("quantity");
        this.unit = Batch.Text("unit");
        this.category = Batch.Text("category");
        this.expiry = Batch.Date("expiry_date");
        this.allergen = Batch.Boolean("allergen_flag");
        this.unitCost = Batch.Number("unit_cost");
        this.updated = Batch.Timestamp("last_updated");
        this.storage = Batch.Text("storage_type");
        this.brand = Batch.Text("brand");
        this.tags = Batch.Text("nutritional_tags");
        this.usage = Batch.Number("daily_usage_rate");
        this.reorder = Batch.Number("reorder_threshold");
        this.purchaseDate = Batch.Date("purchase_date");
        this.source = Batch.Text("source");
    }

    public int Capacity { get; }

    public int Filled { get; set; }

    public TableBatch Batch { get; }

    public void Write(int i, long sourceRow, HouseholdPlanner planner, ref ItemPlan plan, DateOnly asOf)
    {
        var item = plan.Item;
        this.sourceRow[i] = sourceRow;
        this.userId[i] = planner.UserId;
        this.itemId[i] = plan.ItemId;
        this.itemName[i] = item.Name;
        this.quantity[i] = plan.Remaining;
        this.unit[i] = plan.Pack.Unit;
        this.category[i] = item.Category;
        this.expiry[i] = plan.Expiry;
        this.allergen[i] = item.HasAllergens;
        this.unitCost[i] = plan.UnitCost;
        var updated = asOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-plan.UpdatedHoursAgo);
        var bought = plan.LastPurchase.ToDateTime(new TimeOnly(18, 0), DateTimeKind.Utc);
        this.updated[i] = updated < bought ? bought : updated;
        this.storage[i] = item.Storage;
        this.brand[i] = plan.Brand;
        this.tags[i] = item.NutritionalTags;
        this.usage[i] = plan.DailyUsage;
        this.reorder[i] = plan.ReorderThreshold;
        this.purchaseDate[i] = plan.LastPurchase;
        this.source[i] = plan.Source;
    }

    public void InjectFault(int i, Random faults, HouseholdPlanner planner, int slot)
    {
        switch (FaultDraw.Next(faults, firstInHousehold: slot == 0))
        {
            case FaultKind.NullRequiredField:
                switch (faults.Next(5))
                {
                    case 0: this.userId[i] = null; break;
                    case 1: this.itemId[i] = null; break;
                    case 2: this.itemName[i] = null; break;
                    case 3: this.quantity[i] = null; break;
                    default: this.unit[i] = null; break;
                }

                break;
            case FaultKind.NegativeQuantity:
                this.quantity[i] = -Math.Max(this.quantity[i] ?? 1, 1);
                break;
            case FaultKind.UnknownUnit:
                this.unit[i] = GeneratorVocabulary.UnknownUnits[faults.Next(GeneratorVocabulary.UnknownUnits.Length)];
                break;
            case FaultKind.BadDate:
                this.expiry[i] = faults.Next(2) == 0
                ? this.purchaseDate[i]!.Value.AddDays(-1 - faults.Next(60))
                : FarFuture;
                break;
            case FaultKind.DuplicateId:
                this.itemId[i] = planner.Plans[slot - 1].ItemId;
                break;
            default:
                this.unitCost[i] = Math.Round((this.unitCost[i] ?? 1) * 10000 + 5000, 2);
                break;
        }
    }
}
