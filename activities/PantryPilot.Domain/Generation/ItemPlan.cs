using PantryPilot.Domain.Catalogue;

namespace PantryPilot.Domain.Generation;

/// <summary>How one household keeps one item: what pack it buys, how often, how fast it uses it, and the state
/// of its latest purchase. Inventory rows and purchase rows are both derived from this, so they agree.</summary>
internal struct ItemPlan
{
    public int ItemIndex;
    public CatalogueItem Item;
    public string ItemId;
    public string Brand;
    public PackSize Pack;

    /// <summary>Canonical amount (g, ml, pcs) in one <see cref="PackSize.Unit"/>.</summary>
    public double CanonicalPerUnit;
    public int PacksPerPurchase;

    /// <summary>Quantity of the latest purchase, in the pack unit.</summary>
    public double PurchaseQuantity;

    /// <summary>Use per day, in the pack unit.</summary>
    public double DailyUsage;
    public double ReorderThreshold;

    /// <summary>Price of one pack unit at this household's usual prices.</summary>
    public double UnitCost;
    public int CadenceDays;
    public DateOnly LastPurchase;
    public DateOnly Expiry;
    public double Remaining;
    public int UpdatedHoursAgo;
    public string Source;
}
