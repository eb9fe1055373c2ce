namespace PantryPilot.Domain.Generation;

/// <summary>One purchase line of a household, in date order.</summary>
internal struct PurchaseLine
{
    public int Slot;
    public DateOnly Date;
    public double Quantity;
    public int Packs;
    public double PriceTotal;
    public double Discount;
    public DateOnly Depletion;
    public int Transaction;

    // Truth (ConsumptionTruth): never written into the purchase table.
    public DateOnly RunOut;
    public DateOnly NextPurchase;
    public double TrueRate;
}
